#pragma once

#include "app/client/cachedlist.h"

namespace seqring
{

// The organisation's locations (GET /locations), read once per session and cached, for
// the names shown next to workspaces.
class LocationCatalog : public CachedList
{
    Q_OBJECT
public:
    explicit LocationCatalog(ApiClient *client, QObject *parent = nullptr);

    QString nameOf(const QString &locationId) const;

protected:
    QString describeFailure(const ApiResult &result) const override;
};

} // namespace seqring
