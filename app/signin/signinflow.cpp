#include "app/signin/signinflow.h"

#include "app/client/requestlog.h"
#include "app/signin/oauthcallback.h"

#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace seqring
{

namespace
{
const QString kRedirectUri = QStringLiteral("redirect_uri");
const QString kClientSecret = QStringLiteral("client_secret");
} // namespace

SignInFlow::SignInFlow(QNetworkAccessManager *manager, const Config &config, QObject *parent)
    : QObject(parent), m_manager(manager), m_config(config)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("No answer came from the browser within %n minute(s). Sign in again.", nullptr,
                std::max(1, m_config.timeoutMs / 60000)));
    });
}

SignInFlow::~SignInFlow()
{
    if (m_handler)
        m_handler->close();
}

QString SignInFlow::checkRedirectUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const QString host = url.host();
    if (!url.isValid() || url.scheme() != QLatin1String("http") ||
        (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost")) ||
        url.port() < 0 || url.path().size() < 2 || url.hasQuery() || url.hasFragment())
        return tr("The redirect URI \"%1\" is not a loopback address with a port and a path, "
                  "such as http://127.0.0.1:6001/redirect. Enter the one registered for the "
                  "integration.")
            .arg(uri);
    return {};
}

bool SignInFlow::start(QString *problem)
{
    const QString invalid = checkRedirectUri(m_config.redirectUri);
    if (!invalid.isEmpty()) {
        *problem = invalid;
        return false;
    }
    QUrl redirect(m_config.redirectUri);
    const quint16 port = quint16(redirect.port());
    m_handler = new LoopbackReplyHandler(port, this);
    if (!m_handler->isListening()) {
        *problem = tr("Port %1 of 127.0.0.1 is in use, so the answer of the browser cannot be "
                      "received. Close the program that uses it, or register another redirect "
                      "URI for the integration and enter it in the setting \"Redirect URI\".")
                       .arg(port);
        delete m_handler;
        return false;
    }
    m_handler->setCallbackPath(redirect.path());
    redirect.setPort(m_handler->port());
    m_redirectUri = redirect.toString(QUrl::FullyEncoded);

    m_pkce = Pkce::generate();
    m_flow = new QOAuth2AuthorizationCodeFlow(
        m_config.clientId, QUrl(m_config.apiRoot + QStringLiteral("/authorize")),
        QUrl(m_config.apiRoot + QStringLiteral("/access_token")), m_manager, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setScope(m_config.scopes.join(QLatin1Char(' ')));
    m_flow->setClientIdentifierSharedKey(m_config.clientSecret);
    // Qt 6.4 makes its state from a time-seeded generator: use the system's instead.
    m_flow->setState(Pkce::randomText(24));
    // Qt 6.4 has no PKCE: the challenge goes on the authorize request, the verifier on the
    // token request. The redirect URI is sent as registered (Webex matches it exactly).
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage,
                                               QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(kRedirectUri, m_redirectUri);
            parameters->replace(QStringLiteral("code_challenge"), m_pkce.challenge);
            parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(kRedirectUri, formValue(m_redirectUri));
            parameters->replace(QStringLiteral("code_verifier"), m_pkce.verifier);
            if (!m_config.clientSecret.isEmpty())
                parameters->replace(kClientSecret, formValue(m_config.clientSecret));
            QStringList pairs;
            for (auto it = parameters->cbegin(); it != parameters->cend(); ++it)
                pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
            m_form = pairs.join(QLatin1Char('&')).toUtf8();
            m_tokenRequestAt = QDateTime::currentDateTimeUtc();
        }
    });
    connect(m_handler, &LoopbackReplyHandler::answered, this,
            [this](QNetworkReply *reply, const QByteArray &body) {
                if (m_log)
                    m_log->recordReply(reply, m_form, body, m_tokenRequestAt);
            });
    connect(m_flow, &QOAuth2AuthorizationCodeFlow::authorizeWithBrowser, this,
            [this](const QUrl &url) { m_authorizeUrl = url; });
    connect(m_flow, &QAbstractOAuth::statusChanged, this, [this](QAbstractOAuth::Status status) {
        if (status == QAbstractOAuth::Status::Granted)
            onGranted();
    });
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            [this](const TokenFailure &failure) { fail(failure.message()); });
    m_flow->grant();
    // The flow hands every callback to itself; ours are checked first (onCallback).
    disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow,
               &QAbstractOAuth2::authorizationCallbackReceived);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &SignInFlow::onCallback);
    m_handler->setCallbackText(tr("seqring-admin is waiting for the sign-in."));
    m_timeout.start(m_config.timeoutMs);
    Q_EMIT authorizeUrlReady(m_authorizeUrl);
    return true;
}

void SignInFlow::cancel()
{
    fail(tr("Sign-in cancelled."));
}

bool SignInFlow::isListening() const
{
    return m_handler && m_handler->isListening();
}

quint16 SignInFlow::port() const
{
    return isListening() ? m_handler->port() : 0;
}

void SignInFlow::onCallback(const QVariantMap &data)
{
    // The handler writes the page after this returns: its text says what happened.
    if (m_finished)
        return;
    if (m_callbackTaken) {
        const QString text = tr("A second answer from the browser arrived and was ignored; the "
                                "first one is being used.");
        m_handler->setCallbackText(text.toHtmlEscaped());
        Q_EMIT notice(text);
        return;
    }
    m_callbackTaken = true;
    const OAuthCallback callback = OAuthCallback::check(data, m_flow->state());
    QString problem;
    switch (callback.verdict) {
    case OAuthCallback::Verdict::Accepted:
        break;
    case OAuthCallback::Verdict::Denied:
        problem = tr("Access was denied in the browser (access_denied). Nothing was signed in.");
        break;
    case OAuthCallback::Verdict::Refused:
        problem = tr("Webex refused the sign-in: %1 %2").arg(callback.error, callback.description);
        break;
    case OAuthCallback::Verdict::StateMismatch:
        problem = tr("The answer from the browser does not belong to this sign-in (its state "
                     "does not match), so it was not used. Sign in again.");
        break;
    case OAuthCallback::Verdict::NoCode:
        problem = tr("The answer from the browser carries no authorization code. Sign in again.");
        break;
    }
    if (!problem.isEmpty()) {
        m_handler->setCallbackText(problem.toHtmlEscaped());
        fail(problem);
        return;
    }
    m_handler->setCallbackText(
        tr("seqring-admin received the answer. You can close this page.").toHtmlEscaped());
    Q_EMIT exchanging();
    Q_EMIT m_flow->authorizationCallbackReceived(data);
}

void SignInFlow::onGranted()
{
    if (m_finished)
        return;
    OAuthTokens tokens;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.expiresAt = m_flow->expirationAt().toUTC();
    bool ok = false;
    const qint64 refreshLife =
        m_flow->extraTokens().value(QStringLiteral("refresh_token_expires_in")).toLongLong(&ok);
    if (ok && refreshLife > 0)
        tokens.refreshExpiresAt = QDateTime::currentDateTimeUtc().addSecs(refreshLife);
    if (!tokens.expiresAt.isValid()) {
        fail(tr("The Webex token service gave no expires_in with the token. Sign in again."));
        return;
    }
    finish();
    Q_EMIT succeeded(tokens);
}

void SignInFlow::fail(const QString &message)
{
    if (m_finished)
        return;
    finish();
    Q_EMIT failed(message);
}

void SignInFlow::finish()
{
    m_finished = true;
    m_timeout.stop();
    if (m_handler)
        m_handler->close();
}

} // namespace seqring
