#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace seqring::sandbox
{

// One HTTP answer of the sandbox: status, extra headers and body, before it is written.
struct Reply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static Reply json(int status, const QByteArray &body);
    static Reply empty(int status);
};

// An API error as the sandbox reports it, turned into a Webex-style body by errorReply().
struct ApiError {
    int status = 400;
    QString message;   // the sentence an administrator reads
    int errorCode = 0; // Webex-style numeric code in errors[0].errorCode
};

// Builds the Webex error bodies and the standard sentences of the sandbox.
class SandboxErrors
{
public:
    // {"message", "errors": [{"description", "errorCode"}], "trackingId"}
    static QByteArray body(const QString &message, int errorCode, const QString &trackingId);
    static Reply reply(const ApiError &error, const QString &trackingId);

    // A default error code per status (sandbox values, not the real service's catalogue).
    static int defaultErrorCode(int status);
    // A generic sentence for a status, used for forced statuses and 405.
    static QString statusMessage(int status);

    static ApiError badRequest(const QString &message);
    static ApiError unauthorized();
    static ApiError forbiddenScope(const QString &scope);
    static ApiError notProfessional(const QString &workspaceName);
    static ApiError notFound(const QString &message);
    static ApiError unsupportedMediaType(const QByteArray &contentType);
};

} // namespace seqring::sandbox
