#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace seqring
{

// The parts of one HTTP answer as a job collected them.
struct HttpAnswer {
    int status = 0;
    QByteArray protocol = "HTTP/1.1"; // or "HTTP/2"
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// Turns an HTTP answer into an ApiResult (pure: no network), and renders answers
// for the details view with every token redacted.
class ResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(ResponseReader)
public:
    // Success for 2xx with a readable body (JSON object, or empty for 204), an Http
    // error for other statuses, MalformedReply for a 2xx body that is not JSON.
    static ApiResult read(const HttpRequestSpec &request, const HttpAnswer &answer);

    // A failure without an HTTP answer (network, timeout, cancel, size, redirect, url).
    static ApiResult failure(const HttpRequestSpec &request, ApiError::Kind kind,
                             const QString &problem, const HttpAnswer &partial = {});

    // Status line, headers and body as text, with credential headers, every secret
    // Redaction knows and the request's own token replaced by a marker.
    static QString rawText(const HttpAnswer &answer, const QByteArray &token);
    static QString redact(const QString &text, const QByteArray &token);
    // The bearer token of the request's Authorization header (empty if none).
    static QByteArray bearerToken(const HttpRequestSpec &request);
    // The tracking ID we sent: the spec's, else its TrackingID header.
    static QString sentTrackingId(const HttpRequestSpec &request);
};

} // namespace seqring
