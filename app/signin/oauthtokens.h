#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>
#include <optional>

class QNetworkReply;

namespace seqring
{

// What a sign-in gives: the access and refresh tokens, when each expires (from the
// expires_in and refresh_token_expires_in of each answer, never assumed), and whose they
// are. Kept only in the system keychain, as one JSON entry per API root and client ID.
struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;        // of the access token
    QDateTime refreshExpiresAt; // of the refresh token; invalid when the answer gave none
    QString displayName;        // from people/me; may be empty

    bool isValid() const { return !accessToken.isEmpty(); }
    bool canRefresh(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    qint64 secondsLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QByteArray toJson() const;
    static std::optional<OAuthTokens> fromJson(const QByteArray &json);
    // The keychain entry of the tokens of `clientId` at `apiRoot`.
    static QString keychainAccount(const QString &apiRoot, const QString &clientId);
    // The keychain entry of the client secret of `clientId`.
    static QString secretAccount(const QString &clientId);
};

// A refused or failed token request: the OAuth error ("invalid_grant", "invalid_client"),
// its description, the HTTP status (0 when none came) and the tracking ID.
struct TokenFailure {
    int status = 0;
    QString error;
    QString description;
    QString trackingId;
    // The sentence an administrator reads, e.g. for invalid_grant: sign in again.
    QString message() const;
};

// Reads a finished token reply: a failure when it is not a 2xx answer.
std::optional<TokenFailure> tokenFailureOf(QNetworkReply *reply);

} // namespace seqring
