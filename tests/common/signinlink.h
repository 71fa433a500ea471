#pragma once

// For window tests of Sign in with Webex: the window's sign-in commands, made to open no
// browser; the link they would open is kept for the test to play the browser with.
#include "ui/signin/signinactions.h"

#include <QUrl>
#include <QWidget>

namespace seqring::test
{

// The window's SignInActions (null if it has none); each link it opens goes to `opened`.
inline SignInActions *captureSignInLink(QWidget *window, QUrl *opened)
{
    auto *commands = window->findChild<SignInActions *>(QStringLiteral("signInActions"));
    if (commands) {
        commands->setUrlOpener([opened](const QUrl &url) {
            *opened = url;
            return true;
        });
    }
    return commands;
}

} // namespace seqring::test
