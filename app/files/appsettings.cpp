#include "app/files/appsettings.h"

#include <QSettings>

namespace seqring
{

namespace
{
// Every key the app writes.
namespace Key
{
const QString windowGeometry = QStringLiteral("window/geometry");
const QString environment = QStringLiteral("target/environment");
const QString customRoot = QStringLiteral("target/customRoot");
const QString workspaceId = QStringLiteral("target/workspaceId");
const QString orgId = QStringLiteral("target/orgId");
const QString defaultRegion = QStringLiteral("phone/defaultRegion");
const QString language = QStringLiteral("ui/language");
const QString clientId = QStringLiteral("signin/clientId");
const QString redirectUri = QStringLiteral("signin/redirectUri");
} // namespace Key
} // namespace

AppSettings::AppSettings(QSettings *settings) : m_settings(settings) {}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QString AppSettings::environment() const
{
    return m_settings->value(Key::environment).toString();
}

void AppSettings::setEnvironment(const QString &name)
{
    m_settings->setValue(Key::environment, name);
}

QString AppSettings::customApiRoot() const
{
    return m_settings->value(Key::customRoot).toString();
}

void AppSettings::setCustomApiRoot(const QString &root)
{
    m_settings->setValue(Key::customRoot, root);
}

QString AppSettings::workspaceId() const
{
    return m_settings->value(Key::workspaceId).toString();
}

void AppSettings::setWorkspaceId(const QString &id)
{
    m_settings->setValue(Key::workspaceId, id);
}

QString AppSettings::orgId() const
{
    return m_settings->value(Key::orgId).toString();
}

void AppSettings::setOrgId(const QString &id)
{
    m_settings->setValue(Key::orgId, id);
}

QString AppSettings::defaultRegion() const
{
    return m_settings->value(Key::defaultRegion, QStringLiteral("US")).toString();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    m_settings->setValue(Key::defaultRegion, region);
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(Key::language, code);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::clientId() const
{
    return m_settings->value(Key::clientId).toString();
}

void AppSettings::setClientId(const QString &id)
{
    m_settings->setValue(Key::clientId, id);
}

QString AppSettings::redirectUri() const
{
    return m_settings->value(Key::redirectUri, kDefaultRedirectUri).toString();
}

void AppSettings::setRedirectUri(const QString &uri)
{
    m_settings->setValue(Key::redirectUri, uri);
}

} // namespace seqring
