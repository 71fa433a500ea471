#pragma once

#include "app/sandbox/sandboxdata.h"
#include "app/sandbox/sandboxerrors.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace seqring::sandbox
{

// The sandbox's OAuth 2.0 authorization server, as Webex runs it at {apiRoot}/authorize and
// {apiRoot}/access_token: a consent page (Allow, Deny), single-use codes bound to the
// client, the redirect URI and a PKCE S256 challenge, and access and refresh tokens that
// work like the demo admin token.
class SandboxOAuth
{
public:
    // The integration the sandbox knows (printed by seqring-sandbox at start).
    static constexpr const char *kDemoClientId = "sandbox-demo-client";
    static constexpr const char *kDemoClientSecret = "sandbox-demo-secret";
    static constexpr qint64 kAccessLifetime = 14 * 24 * 3600;  // as Webex: 14 days
    static constexpr qint64 kRefreshLifetime = 90 * 24 * 3600; // as Webex: 90 days

    explicit SandboxOAuth(SandboxData *data);

    // True for the two paths this class answers (/v1/authorize, /v1/access_token).
    static bool handles(const QString &path);
    // method: GET or POST; body: the form of a POST; trackingId for error bodies.
    Reply handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &contentType, const QByteArray &body, const QString &trackingId);

    // An access token this server issued and that has not expired; invalid otherwise.
    TokenInfo tokenInfo(const QString &accessToken) const;

    // Redirect URIs of the demo client, matched exactly (default: port 6001 of loopback).
    void registerRedirectUri(const QString &uri) { m_redirectUris.append(uri); }
    // Access tokens issued from now on last this long (--token-lifetime).
    void setTokenLifetime(qint64 seconds) { m_accessLifetime = seconds; }
    // Test hooks for leak searches: the demo client's secret, and a text that begins every
    // access and refresh token issued from now on ("<marker>-access-…", "<marker>-refresh-…").
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    QString clientSecret() const { return m_clientSecret; }
    void setTokenMarker(const QString &marker) { m_tokenMarker = marker; }
    // Test hooks: every issued access token stops working (401); every refresh token too.
    void expireAccessTokens();
    void revokeRefreshTokens();
    // How many codes were exchanged for tokens.
    int codesExchanged() const { return m_codesExchanged; }

private:
    // An authorization request waiting on the consent page, or a code issued from one.
    struct Grant {
        QString clientId;
        QString redirectUri;
        QString state;
        QString challenge; // BASE64URL(SHA-256(verifier)); empty without PKCE
        QString scope;
        qint64 expiresAt = 0; // codes only
    };
    struct Issued {
        qint64 expiresAt = 0;
        QString scope;
    };

    Reply authorize(const QUrlQuery &query, const QString &trackingId);
    Reply decide(const QUrlQuery &form, const QString &trackingId);
    Reply token(const QUrlQuery &form, const QString &trackingId);
    Reply exchangeCode(const QUrlQuery &form, const QString &trackingId);
    Reply refresh(const QUrlQuery &form, const QString &trackingId);
    Reply issue(const QString &scope, const QString &refreshToken);
    // The client's ID and secret checked; the invalid_client answer when wrong.
    std::optional<Reply> checkClient(const QUrlQuery &form, const QString &trackingId) const;
    static Reply page(int status, const QString &title, const QString &html);
    static Reply redirect(const QString &uri, const QList<QPair<QString, QString>> &items);
    // {"error", "error_description", "message", "errors", "trackingId"}
    static Reply oauthError(int status, const QString &error, const QString &description,
                            const QString &trackingId);

    SandboxData *m_data;
    QStringList m_redirectUris;
    qint64 m_accessLifetime = kAccessLifetime;
    QString m_clientSecret = QLatin1String(kDemoClientSecret);
    QString m_tokenMarker;
    QHash<QString, Grant> m_pending; // consent page request ID -> request
    QHash<QString, Grant> m_codes;   // code -> what it was issued for
    QHash<QString, Issued> m_access;
    QHash<QString, Issued> m_refresh;
    int m_codesExchanged = 0;
};

} // namespace seqring::sandbox
