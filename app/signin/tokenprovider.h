#pragma once

#include "app/signin/oauthtokens.h"
#include "app/signin/tokenstore.h"

#include <QObject>

namespace seqring
{

// Decides which access token the app uses for the current API root, and where it came
// from: the sandbox's demo token, WEBEX_ACCESS_TOKEN, the system keychain, one typed for
// this session only, or a sign-in with Webex (access and refresh tokens with their expiry
// times, kept in the keychain per API root and client ID, with the client secret beside).
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Environment, Keychain, TargetModel, Sandbox, SignedIn };
    Q_ENUM(Source)

    explicit TokenProvider(TokenStore *store, QObject *parent = nullptr);

    QString token() const { return m_token; }
    Source source() const { return m_source; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString apiRoot() const { return m_apiRoot; }
    // A sentence for the token state, e.g. "Signed in as Ada (expires in 13 days)".
    QString describe() const;
    // The last keychain problem, empty when none.
    QString keychainProblem() const { return m_keychainProblem; }

    // The integration signed in with (its ID decides which keychain entry is read).
    // `secret`, when not empty, wins over the one in the keychain (WEBEX_CLIENT_SECRET).
    void setClient(const QString &clientId, const QString &secret = {});
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    // The tokens of the sign-in in use; invalid when the source is not SignedIn.
    OAuthTokens signedInTokens() const { return m_signedIn; }

    // A real or custom API root: the environment variable wins, else the keychain is read
    // (a sign-in of the current client first, then a remembered token); lookedUp() follows
    // once that is known.
    void useApiRoot(const QString &apiRoot);
    // The sandbox: its demo token, never stored.
    void useSandbox(const QString &apiRoot, const QString &demoToken);
    // A token typed by the admin; with remember, it is written to the keychain.
    void setToken(const QString &token, bool remember);
    // Removes the token of this API root from the keychain and from the session.
    void forget();

    // A sign-in finished: its tokens are used and written to the keychain, and the secret
    // too when `rememberSecret`.
    void signIn(const OAuthTokens &tokens, const QString &clientId, const QString &secret,
                bool rememberSecret);
    // A refresh gave new tokens for the sign-in in use.
    void updateSignedIn(const OAuthTokens &tokens);
    // Forgets the sign-in's tokens (keychain included). `reason` empty: the admin asked;
    // otherwise why (e.g. the refresh token was refused), announced through signedOut.
    void signOut(const QString &reason = {});

Q_SIGNALS:
    void changed();
    // The keychain look-up of useApiRoot() has answered, with or without a token (right away
    // when the environment variable gives it).
    void lookedUp();
    // A keychain write or delete finished; error is empty on success.
    void keychainFinished(const QString &error);
    // The sign-in ended without the admin asking (reason says why).
    void signedOut(const QString &reason);

private:
    void set(const QString &token, Source source);
    void onRead(const QString &account, const QString &text, const QString &error);
    QString signInAccount() const;

    TokenStore *m_store;
    QString m_apiRoot;
    QString m_token;
    Source m_source = Source::None;
    QString m_keychainProblem;
    QString m_clientId;
    QString m_clientSecret;
    bool m_secretFromEnvironment = false;
    OAuthTokens m_signedIn;
};

} // namespace seqring
