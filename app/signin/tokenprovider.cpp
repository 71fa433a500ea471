#include "app/signin/tokenprovider.h"

namespace seqring
{

namespace
{
const char kEnvironmentVariable[] = "WEBEX_ACCESS_TOKEN";
}

TokenProvider::TokenProvider(TokenStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &TokenStore::readFinished, this, &TokenProvider::onRead);
    connect(m_store, &TokenStore::writeFinished, this,
            [this](const QString &account, const QString &error) {
                m_keychainProblem = error;
                if (error.isEmpty() && m_source == Source::TargetModel && account == m_apiRoot)
                    set(m_token, Source::Keychain);
                Q_EMIT keychainFinished(error);
            });
    connect(m_store, &TokenStore::forgetFinished, this,
            [this](const QString &, const QString &error) {
                m_keychainProblem = error;
                Q_EMIT keychainFinished(error);
            });
}

QString TokenProvider::describe() const
{
    switch (m_source) {
    case Source::None:
        return tr("No token. Use \"Set token…\", \"Sign in with Webex…\" or set "
                  "WEBEX_ACCESS_TOKEN.");
    case Source::Environment:
        return tr("Personal token from WEBEX_ACCESS_TOKEN");
    case Source::Keychain:
        return tr("Token from the keychain");
    case Source::TargetModel:
        return tr("Token for this session only (not stored)");
    case Source::Sandbox:
        return tr("Sandbox demo token");
    case Source::SignedIn: {
        const qint64 left = std::max<qint64>(0, m_signedIn.secondsLeft());
        const QString name =
            m_signedIn.displayName.isEmpty() ? tr("an administrator") : m_signedIn.displayName;
        if (left >= 24 * 3600)
            return tr("Signed in as %1 (expires in %n day(s))", nullptr, int(left / (24 * 3600)))
                .arg(name);
        if (left >= 3600)
            return tr("Signed in as %1 (expires in %n hour(s))", nullptr, int(left / 3600))
                .arg(name);
        return tr("Signed in as %1 (expires in %n minute(s))", nullptr, int(left / 60)).arg(name);
    }
    }
    return {};
}

void TokenProvider::setClient(const QString &clientId, const QString &secret)
{
    m_clientId = clientId.trimmed();
    m_clientSecret = secret.trimmed();
    m_secretFromEnvironment = !m_clientSecret.isEmpty();
    if (!m_secretFromEnvironment && !m_clientId.isEmpty())
        m_store->read(OAuthTokens::secretAccount(m_clientId));
}

QString TokenProvider::signInAccount() const
{
    return OAuthTokens::keychainAccount(m_apiRoot, m_clientId);
}

void TokenProvider::useApiRoot(const QString &apiRoot)
{
    m_apiRoot = apiRoot;
    m_signedIn = {};
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        set(fromEnvironment, Source::Environment);
        Q_EMIT lookedUp();
        return;
    }
    set({}, Source::None);
    m_store->read(m_clientId.isEmpty() ? apiRoot : signInAccount());
}

void TokenProvider::onRead(const QString &account, const QString &text, const QString &error)
{
    if (!m_clientId.isEmpty() && account == OAuthTokens::secretAccount(m_clientId)) {
        if (!m_secretFromEnvironment && m_clientSecret.isEmpty())
            m_clientSecret = text;
        return;
    }
    if (m_source != Source::None) {
        if (account == m_apiRoot || account == signInAccount())
            Q_EMIT lookedUp(); // a better source meanwhile
        return;
    }
    if (!m_clientId.isEmpty() && account == signInAccount()) {
        const std::optional<OAuthTokens> tokens = OAuthTokens::fromJson(text.toUtf8());
        if (tokens && (tokens->secondsLeft() > 0 || tokens->canRefresh())) {
            m_keychainProblem = error;
            m_signedIn = *tokens;
            set(tokens->accessToken, Source::SignedIn);
            Q_EMIT lookedUp();
            return;
        }
        m_store->read(m_apiRoot); // no sign-in kept: a remembered token, if any
        return;
    }
    if (account != m_apiRoot)
        return; // an answer for an earlier root
    m_keychainProblem = error;
    set(text, text.isEmpty() ? Source::None : Source::Keychain);
    if (!error.isEmpty())
        Q_EMIT changed();
    Q_EMIT lookedUp();
}

void TokenProvider::useSandbox(const QString &apiRoot, const QString &demoToken)
{
    m_apiRoot = apiRoot;
    m_signedIn = {};
    set(demoToken, Source::Sandbox);
}

void TokenProvider::setToken(const QString &token, bool remember)
{
    const QString trimmed = token.trimmed();
    m_signedIn = {};
    set(trimmed, trimmed.isEmpty() ? Source::None : Source::TargetModel);
    if (remember && !trimmed.isEmpty())
        m_store->write(m_apiRoot, trimmed);
}

void TokenProvider::forget()
{
    m_signedIn = {};
    set({}, Source::None);
    m_store->forget(m_apiRoot);
}

void TokenProvider::signIn(const OAuthTokens &tokens, const QString &clientId,
                           const QString &secret, bool rememberSecret)
{
    m_clientId = clientId.trimmed();
    if (!m_secretFromEnvironment)
        m_clientSecret = secret;
    if (rememberSecret && !secret.isEmpty() && !m_secretFromEnvironment)
        m_store->write(OAuthTokens::secretAccount(m_clientId), secret);
    m_signedIn = tokens;
    m_store->write(signInAccount(), QString::fromUtf8(tokens.toJson()));
    m_token.clear(); // announce even when the token text were the same
    set(tokens.accessToken, Source::SignedIn);
}

void TokenProvider::updateSignedIn(const OAuthTokens &tokens)
{
    if (m_source != Source::SignedIn)
        return;
    m_signedIn = tokens;
    m_store->write(signInAccount(), QString::fromUtf8(tokens.toJson()));
    set(tokens.accessToken, Source::SignedIn);
}

void TokenProvider::signOut(const QString &reason)
{
    if (m_source != Source::SignedIn)
        return;
    m_signedIn = {};
    m_store->forget(signInAccount());
    set({}, Source::None);
    if (!reason.isEmpty())
        Q_EMIT signedOut(reason);
}

void TokenProvider::set(const QString &token, Source source)
{
    if (token == m_token && source == m_source)
        return;
    m_token = token;
    m_source = source;
    Q_EMIT changed();
}

} // namespace seqring
