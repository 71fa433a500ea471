#pragma once

#include "app/client/answerdetails.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace seqring
{

// Why a request did not succeed, with everything an administrator or support needs.
struct ApiError {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,            // not an error
        Http,            // the server answered with a status outside 2xx
        Network,         // transport failure: refused, reset, host not found, TLS, ...
        Timeout,         // no progress within the transfer timeout
        Cancelled,       // cancel() was called
        ReplyTooLarge,   // the answer exceeded the size limit and was aborted
        MalformedReply,  // a 2xx answer whose body could not be read
        RedirectRefused, // a redirect to another host, from https to http, or a loop
        InsecureUrl,     // refused before sending: plain http to a non-loopback host
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString statusMeaning;    // HttpStatus::meaning(httpStatus) when httpStatus != 0
    QString problem;          // sentence for non-HTTP kinds (network, timeout, size, ...)
    QString serverMessage;    // the body's "message"
    QStringList descriptions; // each errors[].description
    QList<qint64> errorCodes; // each errors[].errorCode, in order
    std::optional<qint64> topLevelErrorCode; // a top-level "errorCode" when present
    QString trackingId;                      // body, else "trackingid" header, else the one we sent
    int retryAfterSeconds = -1;              // parsed Retry-After, -1 when absent
    // The request may have been carried out (a POST that timed out, lost its connection
    // after sending, or got a 5xx). ambiguityNote says so in words.
    bool ambiguous = false;
    QString ambiguityNote;
    AnswerDetails rawResponse; // status line, headers, body; tokens redacted when made

    bool isError() const { return kind != Kind::None; }
    // Everything above as one text for a message box: meaning or problem, the
    // server's words, the ambiguity note and the tracking ID.
    QString text() const;
};

// The outcome of one request: success (status, id for 201, JSON body) or an ApiError.
struct ApiResult {
    Q_DECLARE_TR_FUNCTIONS(ApiResult)
public:
    bool ok = false;
    int httpStatus = 0;
    QString statusMeaning; // table meaning of httpStatus
    QString createdId;     // "id" of a 201 answer
    QJsonDocument json;    // the parsed body (null for 204 or no body)
    QByteArray body;       // the raw body as received
    QString trackingId;    // see ApiError::trackingId
    int attempts = 0;      // requests sent, including automatic 429 retries
    QByteArray method;
    QUrl url;
    AnswerDetails rawResponse; // as ApiError::rawResponse
    ApiError error;            // kind None when ok
    // The answer's headers (none without an answer).
    QList<QPair<QByteArray, QByteArray>> headers;

    // One sentence for a status line: the meaning (and id) or the error text.
    QString summary() const;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::ApiError)
Q_DECLARE_METATYPE(seqring::ApiResult)
