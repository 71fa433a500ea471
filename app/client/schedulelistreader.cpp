#include "app/client/schedulelistreader.h"

#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"
#include "app/client/pagedfetch.h"

namespace seqring
{

ScheduleListReader::ScheduleListReader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

ScheduleListReader::~ScheduleListReader() = default;

QList<ScheduleEntry> ScheduleListReader::parse(const QList<QJsonObject> &items)
{
    QList<ScheduleEntry> schedules;
    for (const QJsonObject &item : items) {
        const auto type = scheduleTypeFromWire(item.value(QLatin1String("type")).toString());
        const QString name = item.value(QLatin1String("name")).toString();
        if (type && !name.isEmpty())
            schedules.append({name, *type});
    }
    return schedules;
}

void ScheduleListReader::load(const RequestContext &context, const QString &locationId)
{
    if (m_fetch) {
        disconnect(m_fetch, nullptr, this, nullptr);
        m_fetch->deleteLater(); // its destructor cancels the request in flight
    }
    auto *fetch = new PagedFetch(m_client, {context, ApiRequests::schedulesPath(locationId), {}},
                                 QStringLiteral("schedules"), m_pageSize, this);
    m_fetch = fetch;
    if (m_sender)
        fetch->setSender(m_sender);
    connect(fetch, &PagedFetch::finished, this, [this, fetch, locationId](const ApiResult &result) {
        fetch->deleteLater();
        m_fetch = nullptr;
        if (result.ok)
            Q_EMIT loaded(locationId, parse(fetch->items()));
        else
            Q_EMIT failed(locationId,
                          LookupError::describe(result, tr("the location's schedules"),
                                                LookupError::telephonyScope()),
                          result);
    });
    fetch->start();
}

void ScheduleListReader::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

} // namespace seqring
