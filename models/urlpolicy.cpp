#include "models/urlpolicy.h"

#include <QStringList>

namespace seqring
{

namespace
{

// 127.0.0.0/8 written as a dotted quad.
bool isLoopbackIpv4(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return parts.first().toInt() == 127;
}

// ::1 in any of its spellings (0:0:0:0:0:0:0:1, 0::1, ::0:1), or ::ffff:127.x.y.z.
bool isLoopbackIpv6(const QString &host)
{
    if (host.count(QLatin1String("::")) > 1)
        return false;
    const QStringList halves = host.split(QLatin1String("::"));
    QStringList groups;
    for (const QString &half : halves) {
        if (!half.isEmpty())
            groups += half.split(QLatin1Char(':'));
    }
    if (groups.isEmpty() || (halves.size() == 1 && groups.size() != 8) || groups.size() > 8)
        return false;
    if (groups.last().contains(QLatin1Char('.'))) // an IPv4 address mapped into IPv6
        return groups.size() >= 2 &&
               groups.at(groups.size() - 2).compare(QLatin1String("ffff"), Qt::CaseInsensitive) ==
                   0 &&
               isLoopbackIpv4(groups.last());
    for (int i = 0; i < groups.size(); ++i) {
        bool ok = false;
        const uint value = groups.at(i).toUInt(&ok, 16);
        if (!ok || groups.at(i).size() > 4 || value != (i == groups.size() - 1 ? 1u : 0u))
            return false;
    }
    return true;
}

} // namespace

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    return name.contains(QLatin1Char(':')) ? isLoopbackIpv6(name) : isLoopbackIpv4(name);
}

QString UrlPolicy::checkApiRoot(const QString &apiRoot)
{
    const QString trimmed = apiRoot.trimmed();
    if (trimmed.isEmpty())
        return tr("The API root is empty. Use https://webexapis.com/v1, or choose the sandbox.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API root \"%1\" is not a valid URL. Use a full address such as "
                  "https://webexapis.com/v1.")
            .arg(trimmed);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return tr("The API root \"%1\" uses http, which would send the token unencrypted. "
                  "Use https (http is allowed only for this computer, such as the sandbox).")
            .arg(trimmed);
    return tr("The API root \"%1\" must start with https://.").arg(trimmed);
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
