#pragma once

#include "app/signin/oauthreplyhandlers.h"
#include "app/signin/oauthtokens.h"

#include <QDateTime>
#include <QOAuth2AuthorizationCodeFlow>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace seqring
{

class RequestLog;

// One browser sign-in (OAuth 2.0 authorization code, RFC 6749 4.1) through
// QOAuth2AuthorizationCodeFlow: PKCE S256 and a random state added through the flow's
// parameter hook, a redirect listener on 127.0.0.1 only, and every callback checked before
// the flow sees its code (state, error=, a second one). Ends once: succeeded or failed,
// and the listener is closed then. Delete it with deleteLater().
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;

    struct Config {
        QString apiRoot; // {apiRoot}/authorize and {apiRoot}/access_token
        QString clientId;
        QString clientSecret; // sent when not empty
        QString redirectUri;  // http://127.0.0.1:PORT/PATH or localhost; 0 = any free port
        QStringList scopes;
        int timeoutMs = kDefaultTimeoutMs;
    };

    SignInFlow(QNetworkAccessManager *manager, const Config &config, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Why `uri` cannot be the redirect URI, empty when it can.
    static QString checkRedirectUri(const QString &uri);

    // Listens and builds the authorize URL (authorizeUrlReady). False, with the reason (the
    // port and the setting when the port is taken), when it cannot start.
    bool start(QString *problem);
    void cancel();

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QString redirectUri() const { return m_redirectUri; } // as sent (the port filled in)
    bool isListening() const;
    quint16 port() const; // of the listener; 0 when it is not listening
    bool isFinished() const { return m_finished; }
    // The token request (Qt NetworkAuth sends it around the client) goes into `log`,
    // redacted as every exchange. Not owned; null: none.
    void setRequestLog(RequestLog *log) { m_log = log; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    // A callback that was ignored (a second one); the flow goes on.
    void notice(const QString &text);
    // The code was accepted and the token request is on its way.
    void exchanging();
    void succeeded(const seqring::OAuthTokens &tokens);
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &data);
    void onGranted();
    void fail(const QString &message);
    void finish();

    QNetworkAccessManager *m_manager;
    Config m_config;
    Pkce m_pkce;
    QString m_redirectUri;
    QUrl m_authorizeUrl;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    RequestLog *m_log = nullptr;
    QByteArray m_form; // the token request's form as sent, for the log
    QDateTime m_tokenRequestAt;
    QTimer m_timeout;
    bool m_callbackTaken = false;
    bool m_finished = false;
};

} // namespace seqring
