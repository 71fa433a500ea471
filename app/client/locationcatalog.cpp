#include "app/client/locationcatalog.h"

#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"

namespace seqring
{

LocationCatalog::LocationCatalog(ApiClient *client, QObject *parent)
    : CachedList(client, QStringLiteral("locations"), QStringLiteral("items"), parent)
{
}

QString LocationCatalog::nameOf(const QString &locationId) const
{
    return item(locationId).value(QLatin1String("name")).toString();
}

QString LocationCatalog::describeFailure(const ApiResult &result) const
{
    return LookupError::describe(result, tr("the locations"), LookupError::workspacesScope());
}

} // namespace seqring
