#include "locationcatalog.h"

#include "apirequests.h"
#include "lookuperror.h"

namespace seqring {

LocationCatalog::LocationCatalog(ApiClient *client, QObject *parent)
    : SessionCatalog(
        client,
        [](const RequestContext &context, int start, int max) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("start"), QString::number(start));
            query.addQueryItem(QStringLiteral("max"), QString::number(max));
            return ApiRequests::make(QByteArrayLiteral("GET"),
                                     ApiRequests::apiUrl(context, QStringLiteral("locations"),
                                                         query),
                                     context);
        },
        QStringLiteral("items"), parent)
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
