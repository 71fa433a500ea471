#pragma once

#include "app/client/cachedlist.h"

#include <QCoreApplication>
#include <QStringList>

namespace seqring
{

// What a workspace's calling license allows for sequential ring.
enum class WorkspaceLicense {
    Professional,    // Webex Calling - Professional: criteria can be created
    BasicWorkspace,  // Webex Calling - Workspaces only: sequential ring is not available
    NotWebexCalling, // the workspace is not on Webex Calling (free calling, hybrid, none)
    Unknown,         // on Webex Calling, but the licenses could not be read or matched
};

// The organisation's licenses (GET /licenses), read once per session and cached; tells
// a workspace's license state from its calling section.
class LicenseCatalog : public CachedList
{
    Q_OBJECT
public:
    explicit LicenseCatalog(ApiClient *client, QObject *parent = nullptr);

    static QString professionalName() { return QStringLiteral("Webex Calling - Professional"); }
    static QString basicWorkspaceName() { return QStringLiteral("Webex Calling - Workspaces"); }

    // The names of the license IDs that are known.
    QStringList namesOf(const QStringList &licenseIds) const;
    // From a workspace object of GET /workspaces: calling.type and its license IDs.
    WorkspaceLicense stateOf(const QJsonObject &workspace) const;

protected:
    QString describeFailure(const ApiResult &result) const override;
};

} // namespace seqring
