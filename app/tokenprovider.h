#pragma once

#include "tokenstore.h"

#include <QObject>

namespace seqring
{

// Decides which access token the app uses for the current API root, and where it came
// from: the sandbox's demo token, WEBEX_ACCESS_TOKEN, the system keychain, or one typed
// for this session only.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    enum class Source { None, Environment, Keychain, Session, Sandbox };
    Q_ENUM(Source)

    explicit TokenProvider(TokenStore *store, QObject *parent = nullptr);

    QString token() const { return m_token; }
    Source source() const { return m_source; }
    bool hasToken() const { return !m_token.isEmpty(); }
    QString apiRoot() const { return m_apiRoot; }
    // A sentence for the token state, e.g. "From WEBEX_ACCESS_TOKEN".
    QString describe() const;
    // The last keychain problem, empty when none.
    QString keychainProblem() const { return m_keychainProblem; }

    // A real or custom API root: the environment variable wins, else the keychain is read.
    void useApiRoot(const QString &apiRoot);
    // The sandbox: its demo token, never stored.
    void useSandbox(const QString &apiRoot, const QString &demoToken);
    // A token typed by the admin; with remember, it is written to the keychain.
    void setToken(const QString &token, bool remember);
    // Removes the token of this API root from the keychain and from the session.
    void forget();

Q_SIGNALS:
    void changed();
    // A keychain write or delete finished; error is empty on success.
    void keychainFinished(const QString &error);

private:
    void set(const QString &token, Source source);

    TokenStore *m_store;
    QString m_apiRoot;
    QString m_token;
    Source m_source = Source::None;
    QString m_keychainProblem;
};

} // namespace seqring
