#include "app/client/licensecatalog.h"

#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"

#include <QJsonArray>

namespace seqring
{

LicenseCatalog::LicenseCatalog(ApiClient *client, QObject *parent)
    : CachedList(client, QStringLiteral("licenses"), QStringLiteral("items"), parent)
{
}

QStringList LicenseCatalog::namesOf(const QStringList &licenseIds) const
{
    QStringList names;
    for (const QString &id : licenseIds) {
        const QString name = item(id).value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

WorkspaceLicense LicenseCatalog::stateOf(const QJsonObject &workspace) const
{
    const QJsonObject calling = workspace.value(QLatin1String("calling")).toObject();
    if (calling.value(QLatin1String("type")).toString() != QLatin1String("webexCalling"))
        return WorkspaceLicense::NotWebexCalling;
    QStringList ids;
    const QJsonArray licenses = calling.value(QLatin1String("webexCalling"))
                                    .toObject()
                                    .value(QLatin1String("licenses"))
                                    .toArray();
    for (const QJsonValue &id : licenses)
        ids.append(id.toString());
    const QStringList names = namesOf(ids);
    if (names.contains(professionalName()))
        return WorkspaceLicense::Professional;
    if (names.contains(basicWorkspaceName()))
        return WorkspaceLicense::BasicWorkspace;
    return WorkspaceLicense::Unknown;
}

QString LicenseCatalog::describeFailure(const ApiResult &result) const
{
    return LookupError::describe(result, tr("the licenses"), LookupError::licensesScope());
}

} // namespace seqring
