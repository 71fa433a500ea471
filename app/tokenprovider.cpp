#include "tokenprovider.h"

namespace seqring
{

namespace
{
const char kEnvironmentVariable[] = "WEBEX_ACCESS_TOKEN";
}

TokenProvider::TokenProvider(TokenStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &TokenStore::readFinished, this,
            [this](const QString &account, const QString &token, const QString &error) {
                if (account != m_apiRoot || m_source == Source::Environment ||
                    m_source == Source::Sandbox || m_source == Source::Session)
                    return; // an answer for an earlier root, or a better source meanwhile
                m_keychainProblem = error;
                set(token, token.isEmpty() ? Source::None : Source::Keychain);
                if (!error.isEmpty())
                    Q_EMIT changed();
            });
    connect(m_store, &TokenStore::writeFinished, this,
            [this](const QString &, const QString &error) {
                m_keychainProblem = error;
                if (error.isEmpty() && m_source == Source::Session)
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
        return tr("No token. Use \"Set token…\" or set WEBEX_ACCESS_TOKEN.");
    case Source::Environment:
        return tr("Token from WEBEX_ACCESS_TOKEN");
    case Source::Keychain:
        return tr("Token from the system keychain");
    case Source::Session:
        return tr("Token for this session only (not stored)");
    case Source::Sandbox:
        return tr("Sandbox demo token");
    }
    return {};
}

void TokenProvider::useApiRoot(const QString &apiRoot)
{
    m_apiRoot = apiRoot;
    const QString fromEnvironment = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        set(fromEnvironment, Source::Environment);
        return;
    }
    set({}, Source::None);
    m_store->read(apiRoot);
}

void TokenProvider::useSandbox(const QString &apiRoot, const QString &demoToken)
{
    m_apiRoot = apiRoot;
    set(demoToken, Source::Sandbox);
}

void TokenProvider::setToken(const QString &token, bool remember)
{
    const QString trimmed = token.trimmed();
    set(trimmed, trimmed.isEmpty() ? Source::None : Source::Session);
    if (remember && !trimmed.isEmpty())
        m_store->write(m_apiRoot, trimmed);
}

void TokenProvider::forget()
{
    set({}, Source::None);
    m_store->forget(m_apiRoot);
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
