#pragma once

// The services app/program/main.cpp builds, without the window, against an in-process sandbox on
// port 0: settings in a temporary file, the API client with its token renewer, the token
// store (a keychain service of the test's own) and provider, the TargetModel and sign-in.
#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/sandbox/sandboxserver.h"
#include "app/signin/tokenprovider.h"
#include "app/signin/tokenrenewer.h"
#include "app/signin/tokenstore.h"
#include "app/workspace/signincontroller.h"
#include "app/workspace/targetmodel.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace seqring::test
{

struct ServiceFixture {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<TokenStore> tokenStore;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<TokenRenewer> renewer;
    std::unique_ptr<TargetModel> target;
    std::unique_ptr<SignInController> signIn;

    // `sandboxData`, when given, replaces the sandbox's demo fixture.
    bool startServices(const QString &keychainService, const QByteArray &sandboxData = {})
    {
        qsettings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                                QSettings::IniFormat);
        settings = std::make_unique<AppSettings>(qsettings.get());
        server = std::make_unique<sandbox::SandboxServer>();
        if (!sandboxData.isEmpty() && !server->loadData(sandboxData))
            return false;
        if (!server->start())
            return false;
        client = std::make_unique<ApiClient>();
        tokenStore = std::make_unique<TokenStore>(keychainService);
        tokens = std::make_unique<TokenProvider>(tokenStore.get());
        renewer = std::make_unique<TokenRenewer>(client->networkAccessManager(), tokens.get());
        client->setTokenRefresher(renewer.get());
        target = std::make_unique<TargetModel>(tokens.get());
        sandbox::SandboxServer *running = server.get();
        target->setSandboxStarter([running] {
            return TargetModel::SandboxEndpoint{running->apiRoot(),
                                                running->demoToken(),
                                                {},
                                                running->oauthClientId(),
                                                running->oauthClientSecret()};
        });
        signIn = std::make_unique<SignInController>(target.get(), client.get(), settings.get(),
                                                    SignInController::Overrides{});
        return true;
    }
    void stopServices()
    {
        signIn.reset();
        target.reset();
        renewer.reset();
        tokens.reset();
        tokenStore.reset();
        client.reset();
        server.reset();
        settings.reset();
        qsettings.reset();
    }
};

} // namespace seqring::test
