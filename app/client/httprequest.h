#pragma once

#include "models/urlpolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace seqring
{

// Where and as whom a request goes. Built in one place, TargetModel::requestContext().
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

// Renders a request for people and shells; the token is masked unless asked for.
class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(RequestText)
public:
    // The token as it appears in previews: "abcd••••••••wxyz".
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
