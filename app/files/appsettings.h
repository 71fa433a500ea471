#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace seqring
{

// The app's settings, typed, with every key in one place (appsettings.cpp). Holds no
// secret: tokens, refresh tokens and client secrets live only in the system keychain.
class AppSettings
{
public:
    // `settings` is not owned and must outlive this object.
    explicit AppSettings(QSettings *settings);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // The target: the environment's name ("webex", "sandbox", "custom"; older versions
    // kept a number), the custom API root, the workspace and the organisation.
    QString environment() const;
    void setEnvironment(const QString &name);
    QString customApiRoot() const;
    void setCustomApiRoot(const QString &root);
    QString workspaceId() const;
    void setWorkspaceId(const QString &id);
    QString orgId() const;
    void setOrgId(const QString &id);

    // The region national phone numbers belong to (default "US").
    QString defaultRegion() const;
    void setDefaultRegion(const QString &region);
    // The interface language chosen in View > Language; empty follows the system.
    QString language() const;
    void setLanguage(const QString &code);

    // Sign in with Webex: the integration's client ID (its secret is in the keychain) and
    // the redirect URI registered for it, matched exactly by Webex.
    static inline const QString kDefaultRedirectUri =
        QStringLiteral("http://127.0.0.1:6001/redirect");
    QString clientId() const;
    void setClientId(const QString &id);
    QString redirectUri() const;
    void setRedirectUri(const QString &uri);

    void sync();
    // Where the settings are kept (for messages and tests).
    QString fileName() const;

private:
    QSettings *m_settings;
};

} // namespace seqring
