#pragma once

#include "app/client/answerdetails.h"
#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QByteArray>
#include <QCoreApplication>

namespace seqring
{

// Turns an HTTP answer into an ApiResult (pure: no network); its details for the details
// view (AnswerDetails) are made, redacted, only when someone asks for them.
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
    // Redaction knows and the request's own token replaced by a marker (AnswerDetails::render).
    static QString rawText(const HttpAnswer &answer, const QByteArray &token);
    static QString redact(const QString &text, const QByteArray &token);
    // The bearer token of the request's Authorization header (empty if none).
    static QByteArray bearerToken(const HttpRequestSpec &request);
    // The tracking ID we sent: the spec's, else its TrackingID header.
    static QString sentTrackingId(const HttpRequestSpec &request);
};

} // namespace seqring
