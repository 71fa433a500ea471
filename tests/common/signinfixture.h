#pragma once

// Sign in with Webex against an in-process sandbox, as app/main.cpp wires it: settings in a
// temporary file, the client with its token renewer, a keychain-backed token provider, the
// Session on the Sandbox environment and the SignInController. signIn() plays the browser.
#include "apiclient.h"
#include "appsettings.h"
#include "consentbrowser.h"
#include "sandboxserver.h"
#include "session.h"
#include "signincontroller.h"
#include "signinflow.h"
#include "tokenprovider.h"
#include "tokenrenewer.h"
#include "tokenstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

namespace seqring::test
{

struct SignInFixture {
    static inline const QString kService = QStringLiteral("seqring-admin-signin-tests");

    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<TokenStore> store;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<TokenRenewer> renewer;
    std::unique_ptr<Session> session;
    std::unique_ptr<SignInController> signIn;
    testsupport::ConsentBrowser browser;

    bool start()
    {
        qsettings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                                QSettings::IniFormat);
        settings = std::make_unique<AppSettings>(qsettings.get());
        // Port 0: the listener takes a free port, which the sandbox then registers.
        settings->setRedirectUri(QStringLiteral("http://127.0.0.1:0/redirect"));
        server = std::make_unique<sandbox::SandboxServer>();
        if (!server->start())
            return false;
        client = std::make_unique<ApiClient>();
        store = std::make_unique<TokenStore>(kService);
        tokens = std::make_unique<TokenProvider>(store.get());
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
        session->setEnvironment(Session::Environment::Sandbox);
        signIn = std::make_unique<SignInController>(session.get(), client.get(), settings.get(),
                                                    SignInController::Overrides{});
        return true;
    }

    // Starts a sign-in with the sandbox's demo integration and registers its redirect URI.
    QUrl begin(int timeoutMs = 0)
    {
        QSignalSpy ready(signIn.get(), &SignInController::authorizeUrlReady);
        if (!signIn->start(signIn->clientId(), signIn->clientSecret(), true, timeoutMs) ||
            ready.count() != 1)
            return {};
        server->registerRedirectUri(signIn->flow()->redirectUri());
        return ready.first().first().toUrl();
    }

    // A whole sign-in: Allow in the browser, the redirect followed; true once signed in.
    bool signInFully()
    {
        QSignalSpy finished(signIn.get(), &SignInController::finished);
        const QUrl target = browser.consent(begin(), QStringLiteral("allow"));
        if (target.isEmpty() || browser.get(target).status != 200)
            return false;
        return (finished.count() == 1 || finished.wait(10000)) && finished.first().first().toBool();
    }

    void stop()
    {
        signIn.reset();
        session.reset();
        renewer.reset();
        client.reset();
        tokens.reset();
        store.reset();
        server.reset();
        settings.reset();
        qsettings.reset();
    }
};

} // namespace seqring::test
