#pragma once

#include "app/signin/tokenprovider.h"
#include "app/signin/tokenrenewer.h"
#include "app/signin/tokenstore.h"

#include <QCoreApplication>
#include <QString>

namespace seqring
{

class ApiClient;
class AppSettings;

// The token of `seqring-admin apply`, found as the window finds it: WEBEX_ACCESS_TOKEN, else
// the sign-in with Webex kept in the keychain for the API root and the integration (client
// ID from WEBEX_CLIENT_ID, else the settings; secret from WEBEX_CLIENT_SECRET, else the
// keychain), renewed first when it has expired or is about to, else a token pasted and kept
// for the API root. A renewal, before the run or after a 401 during it, is written back to
// the keychain. Blocks in a local event loop; never prints a token.
class CommandLineToken
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineToken)
public:
    // `client` renews through this object's TokenRenewer from now on; both must outlive it.
    CommandLineToken(ApiClient *client, const AppSettings &settings);
    ~CommandLineToken();
    CommandLineToken(const CommandLineToken &) = delete;
    CommandLineToken &operator=(const CommandLineToken &) = delete;

    // The token for `apiRoot`; empty when there is none, with the sentence saying what to do
    // in *problem.
    QString find(const QString &apiRoot, QString *problem);
    // Where the token came from.
    TokenProvider::Source source() const { return m_tokens.source(); }
    // Waits (at most a few seconds) until renewed tokens are written to the keychain.
    void waitForKeychain();

private:
    ApiClient *m_client;
    TokenStore m_store;
    TokenProvider m_tokens;
    TokenRenewer m_renewer;
    int m_writes = 0; // keychain writes and removals not yet answered
};

} // namespace seqring
