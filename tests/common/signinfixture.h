#pragma once

// Sign in with Webex against an in-process sandbox, with the services as app/program/main.cpp
// wires them (ServiceFixture) with the sandbox as a custom API root; signInFully() plays the
// browser.
#include "app/signin/signinflow.h"
#include "tests/common/consentbrowser.h"
#include "tests/common/servicefixture.h"

#include <QSignalSpy>

namespace seqring::test
{

// The bearer token a request the sandbox received carried.
inline QString bearerOf(const sandbox::RecordedRequest &request)
{
    return QString::fromUtf8(request.header("Authorization").mid(7));
}

struct SignInFixture : ServiceFixture {
    static inline const QString kService = QStringLiteral("seqring-admin-signin-tests");

    testsupport::ConsentBrowser browser;

    // `service`: the keychain service the tokens are kept under (the app's own for tests of
    // another process that reads them).
    bool start(const QString &service = kService)
    {
        if (!startServices(service))
            return false;
        // Port 0: the listener takes a free port, which the sandbox then registers.
        settings->setRedirectUri(QStringLiteral("http://127.0.0.1:0/redirect"));
        // A custom API root, as for a real integration: the sandbox's client is not its
        // demo one to the app, so the client ID and secret are kept like any other.
        target->setCustomApiRoot(server->apiRoot());
        target->setEnvironment(TargetModel::Environment::Custom);
        return true;
    }

    // Starts a sign-in with the sandbox's demo integration and registers its redirect URI.
    QUrl begin(int timeoutMs = 0)
    {
        QSignalSpy ready(signIn.get(), &SignInController::authorizeUrlReady);
        if (!signIn->start(server->oauthClientId(), server->oauthClientSecret(), true, timeoutMs) ||
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

    void stop() { stopServices(); }
};

} // namespace seqring::test
