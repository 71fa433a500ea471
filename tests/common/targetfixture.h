#pragma once

// A TargetModel aimed at a given API root and token (the sandbox's), with its token provider
// and an unused token store, for tests of what follows the TargetModel.
#include "app/signin/tokenprovider.h"
#include "app/signin/tokenstore.h"
#include "app/workspace/targetmodel.h"

#include <memory>

namespace seqring::test
{

struct TargetFixture {
    std::unique_ptr<TokenStore> store;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<TargetModel> target;

    TargetModel *start(const QString &apiRoot, const QString &token)
    {
        store = std::make_unique<TokenStore>(QStringLiteral("seqring-admin-tests"));
        tokens = std::make_unique<TokenProvider>(store.get());
        target = std::make_unique<TargetModel>(tokens.get());
        target->setSandboxStarter([apiRoot, token] {
            return TargetModel::SandboxEndpoint{apiRoot, token, {}, {}, {}};
        });
        target->setEnvironment(TargetModel::Environment::Sandbox);
        return target.get();
    }
    void stop()
    {
        target.reset();
        tokens.reset();
        store.reset();
    }
};

} // namespace seqring::test
