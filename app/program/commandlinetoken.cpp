#include "app/program/commandlinetoken.h"

#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/workspace/signincontroller.h"

#include <QEventLoop>
#include <QTimer>

namespace seqring
{

namespace
{
constexpr int kKeychainWaitMs = 30000;
}

CommandLineToken::CommandLineToken(ApiClient *client, const AppSettings &settings)
    : m_client(client), m_store(QStringLiteral("seqring-admin")), m_tokens(&m_store),
      m_renewer(client->networkAccessManager(), &m_tokens)
{
    // The integration as the window chooses it (there is no --client-id here). The keychain
    // answers in the order asked, so the secret is known once the token is.
    const auto overrides = SignInController::Overrides::fromEnvironment(QString());
    m_tokens.setClient(overrides.clientId.isEmpty() ? settings.clientId() : overrides.clientId,
                       overrides.clientSecret);
    // Each renewal writes the tokens; a refused refresh token removes them.
    QObject::connect(&m_renewer, &TokenRenewer::renewed, [this] { ++m_writes; });
    QObject::connect(&m_tokens, &TokenProvider::signedOut, [this] { ++m_writes; });
    QObject::connect(&m_tokens, &TokenProvider::keychainFinished, [this] { --m_writes; });
    m_client->setTokenRefresher(&m_renewer);
    // Its token requests go around the client: into the client's log (and --har) too.
    m_renewer.setRequestLog(m_client->requestLog());
}

CommandLineToken::~CommandLineToken()
{
    m_client->setTokenRefresher(nullptr);
}

QString CommandLineToken::find(const QString &apiRoot, QString *problem)
{
    QEventLoop loop;
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    QObject::connect(&m_tokens, &TokenProvider::lookedUp, &loop, &QEventLoop::quit);
    m_tokens.useApiRoot(apiRoot);
    if (m_tokens.source() != TokenProvider::Source::Environment)
        loop.exec();

    if (m_tokens.source() == TokenProvider::Source::SignedIn &&
        m_renewer.wantsRefresh(m_tokens.token())) {
        QString failure;
        QObject::connect(&m_renewer, &TokenRenewer::renewalFailed, &loop,
                         [&failure](const QString &message) { failure = message; });
        QObject::connect(&m_tokens, &TokenProvider::signedOut, &loop,
                         [&failure](const QString &reason) { failure = reason; });
        bool answered = false;
        m_renewer.refresh(m_tokens.token(), &loop, [&loop, &answered](const QString &) {
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        // A renewal that failed leaves a token that has not expired yet in use.
        if (m_tokens.source() != TokenProvider::Source::SignedIn ||
            m_tokens.signedInTokens().secondsLeft() <= 0) {
            *problem = tr("The sign-in with Webex for %1 could not be renewed: %2")
                           .arg(apiRoot, failure.isEmpty() ? tr("no answer.") : failure);
            return {};
        }
    }
    if (m_tokens.hasToken())
        return m_tokens.token();

    *problem = tr("No token for %1: set WEBEX_ACCESS_TOKEN, or sign in with Webex in the window "
                  "with this API root, so that the keychain holds the sign-in.")
                   .arg(apiRoot);
    if (m_tokens.clientId().isEmpty())
        *problem += QLatin1Char(' ') +
                    tr("No integration is known to look its sign-in up: set WEBEX_CLIENT_ID to "
                       "its client ID, or sign in from the window once.");
    if (!m_tokens.keychainProblem().isEmpty())
        *problem += QLatin1Char(' ') + m_tokens.keychainProblem();
    return {};
}

void CommandLineToken::waitForKeychain()
{
    if (m_writes <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    QObject::connect(&m_tokens, &TokenProvider::keychainFinished, &loop, [this, &loop] {
        if (m_writes <= 0)
            loop.quit();
    });
    loop.exec();
}

} // namespace seqring
