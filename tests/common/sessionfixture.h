#pragma once

// A Session aimed at a given API root and token (the sandbox's), with its token provider
// and an unused token store, for tests of what follows the Session.
#include "session.h"
#include "tokenprovider.h"
#include "tokenstore.h"

#include <memory>

namespace seqring::test
{

struct SessionFixture {
    std::unique_ptr<TokenStore> store;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<Session> session;

    Session *start(const QString &apiRoot, const QString &token)
    {
        store = std::make_unique<TokenStore>(QStringLiteral("seqring-admin-tests"));
        tokens = std::make_unique<TokenProvider>(store.get());
        session = std::make_unique<Session>(tokens.get());
        session->setSandboxStarter([apiRoot, token] {
            return Session::SandboxEndpoint{apiRoot, token, {}, {}, {}};
        });
        session->setEnvironment(Session::Environment::Sandbox);
        return session.get();
    }
    void stop()
    {
        session.reset();
        tokens.reset();
        store.reset();
    }
};

} // namespace seqring::test
