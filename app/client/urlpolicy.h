#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace seqring
{

// Which addresses the client may talk to: https anywhere, plain http only to this
// machine (127.0.0.0/8, ::1, localhost), and redirects only within the same host
// without leaving https.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)
public:
    static bool isLoopbackHost(const QString &host);
    // Empty when `url` may be requested, else a sentence saying why not.
    static QString checkRequestUrl(const QUrl &url);
    // Empty when a redirect from `from` to `to` may be followed, else why not.
    static QString checkRedirect(const QUrl &from, const QUrl &to);
};

} // namespace seqring
