#include "app/sandbox/sandboxerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqring::sandbox
{

Reply Reply::json(int status, const QByteArray &body)
{
    Reply reply;
    reply.status = status;
    reply.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    reply.body = body;
    return reply;
}

Reply Reply::empty(int status)
{
    Reply reply;
    reply.status = status;
    return reply;
}

QByteArray SandboxErrors::body(const QString &message, int errorCode, const QString &trackingId)
{
    QJsonObject detail;
    detail.insert(QLatin1String("description"), message);
    detail.insert(QLatin1String("errorCode"), errorCode);
    QJsonObject root;
    root.insert(QLatin1String("message"), message);
    root.insert(QLatin1String("errors"), QJsonArray{detail});
    root.insert(QLatin1String("trackingId"), trackingId);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Reply SandboxErrors::reply(const SandboxError &error, const QString &trackingId)
{
    const int code = error.errorCode != 0 ? error.errorCode : defaultErrorCode(error.status);
    const QString message = error.message.isEmpty() ? statusMessage(error.status) : error.message;
    return Reply::json(error.status, body(message, code, trackingId));
}

int SandboxErrors::defaultErrorCode(int status)
{
    switch (status) {
    case 400:
        return 25008;
    case 401:
        return 25001;
    case 403:
        return 25403;
    case 404:
        return 25404;
    case 409:
        return 25409;
    default:
        return status;
    }
}

QString SandboxErrors::statusMessage(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("The request was invalid.");
    case 401:
        return QStringLiteral(
            "The request requires a valid access token set in the Authorization request "
            "header.");
    case 403:
        return QStringLiteral("The request is understood, but access is not allowed.");
    case 404:
        return QStringLiteral("The requested resource could not be found.");
    case 405:
        return QStringLiteral("The request method is not supported for the requested resource.");
    case 409:
        return QStringLiteral("The request conflicts with an existing resource.");
    case 410:
        return QStringLiteral("The requested resource is no longer available.");
    case 415:
        return QStringLiteral("The request body must be sent as application/json.");
    case 423:
        return QStringLiteral("The requested resource is temporarily locked. Try again later.");
    case 428:
        return QStringLiteral("A precondition is required for this request.");
    case 429:
        return QStringLiteral("Too many requests have been sent. Wait and try again.");
    case 500:
        return QStringLiteral("Something went wrong on the server.");
    case 502:
        return QStringLiteral("The server received an invalid response from an upstream server.");
    case 503:
        return QStringLiteral("The service is unavailable or overloaded. Try again later.");
    case 504:
        return QStringLiteral("An upstream server failed to respond in time.");
    default:
        return QStringLiteral("The sandbox answered with HTTP status %1.").arg(status);
    }
}

SandboxError SandboxErrors::badRequest(const QString &message)
{
    return {400, message, 25008};
}

SandboxError SandboxErrors::unauthorized()
{
    return {401, statusMessage(401), 25001};
}

SandboxError SandboxErrors::forbiddenOrganisation(const QString &orgId)
{
    return {403, QStringLiteral("The access token may not read organisation %1.").arg(orgId),
            25403};
}

SandboxError SandboxErrors::forbiddenScope(const QString &scope)
{
    return {
        403,
        QStringLiteral("The access token is not authorised for this operation: it needs the scope "
                       "\"%1\" of a full or location administrator.")
            .arg(scope),
        25403};
}

SandboxError SandboxErrors::notProfessional(const QString &workspaceName)
{
    return {403,
            QStringLiteral(
                "Workspace \"%1\" does not have the Webex Calling Professional license; sequential "
                "ring needs the Webex Calling Professional license.")
                .arg(workspaceName),
            25405};
}

SandboxError SandboxErrors::notFound(const QString &message)
{
    return {404, message, 25404};
}

SandboxError SandboxErrors::unsupportedMediaType(const QByteArray &contentType)
{
    const QString shown =
        contentType.isEmpty() ? QStringLiteral("(none)") : QString::fromLatin1(contentType);
    return {
        415,
        QStringLiteral("Content-Type \"%1\" is not supported: send the body as application/json.")
            .arg(shown),
        25415};
}

} // namespace seqring::sandbox
