#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace seqring
{

// The API root of Webex, used unless another is chosen.
inline const QString kWebexApiRoot = QStringLiteral("https://webexapis.com/v1");

// Which addresses the app may talk to, the one rule for the form's validation and the
// client alike: https anywhere, plain http only to this machine (localhost, 127.0.0.0/8,
// ::1, with or without a trailing dot), and redirects only within the same host without
// leaving https.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)
public:
    static bool isLoopbackHost(const QString &host);
    // An API root the app may send a token to: empty when fine, else a sentence saying why
    // not and what to use instead.
    static QString checkApiRoot(const QString &apiRoot);
    // Empty when `url` may be requested, else a sentence saying why not.
    static QString checkRequestUrl(const QUrl &url);
    // Empty when a redirect from `from` to `to` may be followed, else why not.
    static QString checkRedirect(const QUrl &from, const QUrl &to);
};

} // namespace seqring
