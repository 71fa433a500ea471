#pragma once

// The admin window as app/main.cpp builds it, against an in-process sandbox on port 0:
// settings in a temporary file, the API client, the token store and provider, the Session
// and the window, each held here so a test can reach it.
#include "apiclient.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "session.h"
#include "signincontroller.h"
#include "tokenprovider.h"
#include "tokenrenewer.h"
#include "tokenstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

namespace seqring::test
{

struct WindowFixture {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<TokenStore> tokenStore;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<TokenRenewer> renewer;
    std::unique_ptr<Session> session;
    std::unique_ptr<SignInController> signIn;
    std::unique_ptr<MainWindow> window;

    // Builds everything; `sandbox` starts the window against the sandbox (--sandbox);
    // `sandboxData`, when given, replaces the sandbox's demo fixture.
    bool start(bool sandbox = true, const QByteArray &sandboxData = {})
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
        tokenStore = std::make_unique<TokenStore>(QStringLiteral("seqring-admin-tests"));
        tokens = std::make_unique<TokenProvider>(tokenStore.get());
        renewer = std::make_unique<TokenRenewer>(client->networkAccessManager(), tokens.get());
        client->setTokenRefresher(renewer.get());
        session = std::make_unique<Session>(tokens.get());
        sandbox::SandboxServer *running = server.get();
        session->setSandboxStarter([running] {
            return Session::SandboxEndpoint{running->apiRoot(),
                                            running->demoToken(),
                                            {},
                                            running->oauthClientId(),
                                            running->oauthClientSecret()};
        });
        signIn = std::make_unique<SignInController>(session.get(), client.get(), settings.get(),
                                                    SignInController::Overrides{});
        window = std::make_unique<MainWindow>(
            MainWindow::Services{settings.get(), client.get(), session.get(), signIn.get()});
        Session::Overrides overrides;
        overrides.sandbox = sandbox;
        session->load(*settings, overrides);
        return true;
    }
    void stop()
    {
        window.reset();
        signIn.reset();
        session.reset();
        renewer.reset();
        tokens.reset();
        tokenStore.reset();
        client.reset();
        server.reset();
        settings.reset();
        qsettings.reset();
    }
    template <typename T> T *find(const QString &name = {}) const
    {
        return window->findChild<T *>(name);
    }
};

} // namespace seqring::test
