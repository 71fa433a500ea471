#pragma once

#include "app/signin/oauthtokens.h"
#include "app/signin/signinflow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace seqring
{

class ApiClient;
class AppSettings;
class TargetModel;

// Sign in with Webex, for the window: which integration (client ID from --client-id,
// WEBEX_CLIENT_ID or the settings; secret from WEBEX_CLIENT_SECRET or the keychain), the
// redirect URI setting and the scopes asked for; runs one SignInFlow at a time, names the
// signed-in person (people/me) and hands the tokens to the TargetModel's TokenProvider.
class SignInController : public QObject
{
    Q_OBJECT
public:
    // One scope asked for and why the app needs it.
    struct Scope {
        QString name;
        QString reason;
    };
    // What the command line and the environment say; they win over the settings.
    struct Overrides {
        QString clientId;     // --client-id, else WEBEX_CLIENT_ID
        QString clientSecret; // WEBEX_CLIENT_SECRET
        static Overrides fromEnvironment(const QString &commandLineClientId);
    };

    static constexpr int kPageDeliveryMs = 2000;

    SignInController(TargetModel *target, ApiClient *client, AppSettings *settings,
                     const Overrides &overrides, QObject *parent = nullptr);
    ~SignInController() override;

    static QList<Scope> scopes();
    static QStringList scopeNames();

    QString clientId() const;
    bool isClientIdOverridden() const { return !m_overrides.clientId.isEmpty(); }
    QString clientSecret() const;
    bool isClientSecretOverridden() const { return !m_overrides.clientSecret.isEmpty(); }
    QString redirectUri() const;
    void setRedirectUri(const QString &uri);
    bool isSignedIn() const;

    // Starts a sign-in; false when one is running or it cannot start (then finished()
    // carries the reason). Timeout: 5 minutes unless told.
    bool start(const QString &clientId, const QString &clientSecret, bool rememberSecret,
               int timeoutMs = 0);
    void cancel();
    bool isRunning() const { return m_flow != nullptr; }
    SignInFlow *flow() const { return m_flow; } // the running one, for the dialog and tests
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    void signOut();

Q_SIGNALS:
    // The browser should open `url` (the dialog also shows it for Copy link).
    void authorizeUrlReady(const QUrl &url);
    void notice(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void onTokens(const OAuthTokens &tokens);
    void end(bool ok, const QString &message);

    TargetModel *m_target;
    ApiClient *m_client;
    AppSettings *m_settings;
    Overrides m_overrides;
    QPointer<SignInFlow> m_flow;
    QUrl m_authorizeUrl;
    QString m_clientId;
    QString m_secret;
    bool m_rememberSecret = false;
    bool m_keep = true; // the client ID and secret are kept (not the sandbox's demo ones)
};

} // namespace seqring
