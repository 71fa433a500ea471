#include "locationcatalog.h"

#include "apirequests.h"
#include "lookuperror.h"

namespace seqring
{

LocationCatalog::LocationCatalog(ApiClient *client, QObject *parent)
    : SessionCatalog(client, QStringLiteral("locations"), QStringLiteral("items"), parent)
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
