#include "app/client/urlpolicy.h"

#include <QHostAddress>

namespace seqring
{

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::checkRequestUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The address \"%1\" is not a valid web address. Check the API address in "
                  "the settings.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("The address \"%1\" uses unencrypted http to another computer, which would "
                  "expose the access token. Nothing was sent. Use an https address; plain "
                  "http is only allowed for this computer (localhost, 127.0.0.1, ::1).")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }
    return tr("The address \"%1\" does not start with https://. Nothing was sent. Check the "
              "API address in the settings.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

QString UrlPolicy::checkRedirect(const QUrl &from, const QUrl &to)
{
    const auto shown = QUrl::RemoveUserInfo | QUrl::RemoveQuery;
    if (from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        to.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return tr("The server tried to redirect the request from a secure https address to "
                  "the insecure address \"%1\". The redirect was refused.")
            .arg(to.toDisplayString(shown));
    if (from.host().compare(to.host(), Qt::CaseInsensitive) != 0)
        return tr("The server tried to redirect the request to another host, \"%1\". The "
                  "redirect was refused so that the access token is not sent there. Check "
                  "the API address.")
            .arg(to.toDisplayString(shown));
    const QString why = checkRequestUrl(to);
    if (!why.isEmpty())
        return tr("The server tried to redirect the request, and the new address is not "
                  "allowed: %1")
            .arg(why);
    return {};
}

} // namespace seqring
