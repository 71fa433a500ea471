#include "app/signin/oauthtokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace seqring
{

namespace
{
const QLatin1String kAccess("access_token");
const QLatin1String kRefresh("refresh_token");
const QLatin1String kExpires("expires_at");
const QLatin1String kRefreshExpires("refresh_token_expires_at");
const QLatin1String kName("display_name");
} // namespace

bool OAuthTokens::canRefresh(const QDateTime &now) const
{
    return !refreshToken.isEmpty() && (!refreshExpiresAt.isValid() || refreshExpiresAt > now);
}

qint64 OAuthTokens::secondsLeft(const QDateTime &now) const
{
    return expiresAt.isValid() ? now.secsTo(expiresAt) : 0;
}

QByteArray OAuthTokens::toJson() const
{
    QJsonObject object;
    object.insert(kAccess, accessToken);
    object.insert(kRefresh, refreshToken);
    object.insert(kExpires, expiresAt.toUTC().toString(Qt::ISODate));
    if (refreshExpiresAt.isValid())
        object.insert(kRefreshExpires, refreshExpiresAt.toUTC().toString(Qt::ISODate));
    if (!displayName.isEmpty())
        object.insert(kName, displayName);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    OAuthTokens tokens;
    tokens.accessToken = object.value(kAccess).toString();
    tokens.refreshToken = object.value(kRefresh).toString();
    tokens.expiresAt = QDateTime::fromString(object.value(kExpires).toString(), Qt::ISODate);
    tokens.refreshExpiresAt =
        QDateTime::fromString(object.value(kRefreshExpires).toString(), Qt::ISODate);
    tokens.displayName = object.value(kName).toString();
    if (!tokens.isValid() || !tokens.expiresAt.isValid())
        return std::nullopt;
    return tokens;
}

QString OAuthTokens::keychainAccount(const QString &apiRoot, const QString &clientId)
{
    return QStringLiteral("signin %1 %2").arg(apiRoot, clientId);
}

QString OAuthTokens::secretAccount(const QString &clientId)
{
    return QStringLiteral("client-secret %1").arg(clientId);
}

QString TokenFailure::message() const
{
    const QString detail = description.isEmpty() ? error : description;
    if (error == QLatin1String("invalid_grant"))
        return QCoreApplication::translate("seqring::TokenFailure",
                                           "Webex no longer accepts this sign-in (%1). Sign in "
                                           "again.")
            .arg(detail);
    if (error == QLatin1String("invalid_client"))
        return QCoreApplication::translate("seqring::TokenFailure",
                                           "Webex refused the integration's client ID or client "
                                           "secret (%1). Check both in Sign in with Webex.")
            .arg(detail);
    if (status == 0)
        return QCoreApplication::translate("seqring::TokenFailure",
                                           "The Webex token service could not be reached: %1")
            .arg(detail);
    return QCoreApplication::translate("seqring::TokenFailure",
                                       "The Webex token service answered HTTP %1: %2")
        .arg(status)
        .arg(detail);
}

std::optional<TokenFailure> tokenFailureOf(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        return std::nullopt;
    TokenFailure failure;
    failure.status = status;
    const QJsonObject body = QJsonDocument::fromJson(reply->peek(64 * 1024)).object();
    failure.error = body.value(QLatin1String("error")).toString();
    failure.description = body.value(QLatin1String("error_description")).toString();
    if (failure.description.isEmpty())
        failure.description = body.value(QLatin1String("message")).toString();
    if (failure.description.isEmpty())
        failure.description = reply->errorString();
    failure.trackingId = body.value(QLatin1String("trackingId")).toString();
    if (failure.trackingId.isEmpty())
        failure.trackingId = QString::fromUtf8(reply->rawHeader("trackingid"));
    return failure;
}

} // namespace seqring
