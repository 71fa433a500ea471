#pragma once

#include "criteria.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace seqring
{

inline const QString kWebexApiRoot = QStringLiteral("https://webexapis.com/v1");

// Where and as whom a request goes.
struct RequestContext {
    QString apiRoot = kWebexApiRoot;
    QString workspaceId;
    QString orgId; // optional
    QString token; // bearer token; may be empty (preview only)
};

// A fully built HTTP request: what is shown in the preview is what is sent.
struct HttpRequestSpec {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString trackingId;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// Builds the create request and renders it for people and shells.
class CriteriaRequest
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaRequest)
public:
    // POST {apiRoot}/telephony/config/workspaces/{workspaceId}/sequentialRing/criteria[?orgId=]
    static HttpRequestSpec buildCreate(const Criteria &criteria, const RequestContext &context,
                                       const QString &trackingId = newTrackingId());
    // {apiRoot}/telephony/config/workspaces/{id}/sequentialRing[/criteria[/criteriaId]][?orgId=]
    static QUrl sequentialRingUrl(const RequestContext &context, const QString &suffix = {});
    // A new SEQRING_<uuid> tracking ID.
    static QString newTrackingId();
    // The token as it appears in previews: "Bearer abcd…wxyz" style mask.
    static QString maskToken(const QString &token);
    // Method, URL, headers (token masked unless revealToken) and body, as text.
    static QString renderPreview(const HttpRequestSpec &request, bool revealToken);
    // A shell-safe curl command. With the token hidden, the command reads it from
    // $WEBEX_ACCESS_TOKEN instead of containing it.
    static QString toCurl(const HttpRequestSpec &request, bool revealToken);
    // Quotes one word for a POSIX shell.
    static QString shellQuote(const QString &word);
};

} // namespace seqring
