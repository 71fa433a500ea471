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

// An error answer of the sandbox, before SandboxErrors::reply() turns it into a Webex-style
// body. Server side only; not to be confused with the client's seqring::ApiError.
struct SandboxError {
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
    static Reply reply(const SandboxError &error, const QString &trackingId);

    // A default error code per status (sandbox values, not the real service's catalogue).
    static int defaultErrorCode(int status);
    // A generic sentence for a status, used for forced statuses and 405.
    static QString statusMessage(int status);

    static SandboxError badRequest(const QString &message);
    static SandboxError unauthorized();
    static SandboxError forbiddenScope(const QString &scope);
    // The token's organisation is not `orgId`, whose items were asked for.
    static SandboxError forbiddenOrganisation(const QString &orgId);
    static SandboxError notProfessional(const QString &workspaceName);
    static SandboxError notFound(const QString &message);
    static SandboxError unsupportedMediaType(const QByteArray &contentType);
};

} // namespace seqring::sandbox
