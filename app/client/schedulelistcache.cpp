#include "app/client/schedulelistcache.h"

#include "app/client/requestgate.h"

namespace seqring
{

ScheduleListCache::ScheduleListCache(ApiClient *client, RequestGate *gate, QObject *parent)
    : QObject(parent), m_client(client), m_gate(gate)
{
}

void ScheduleListCache::get(const RequestContext &context, const QString &locationId, Done done)
{
    Entry &entry = m_entries[locationId];
    if (entry.loaded) {
        done(entry.schedules, entry.error);
        return;
    }
    entry.waiting.append(std::move(done));
    if (entry.loading)
        return;
    entry.loading = true;
    ++m_reads;
    // Each page goes through the gate like every request of the run: a 429 pauses the run
    // and the page is sent again after it; after Cancel nothing more is sent.
    auto *catalog = new ScheduleListReader(m_client, this);
    catalog->setSender(m_gate->sender());
    auto end = [this, catalog, locationId](const QList<ScheduleEntry> &schedules,
                                           const QString &error) {
        catalog->disconnect(this);
        catalog->deleteLater();
        Entry &entry = m_entries[locationId];
        entry.schedules = schedules;
        entry.error = error;
        settle(locationId);
    };
    connect(catalog, &ScheduleListReader::loaded, this,
            [end](const QString &, const QList<ScheduleEntry> &schedules) {
                end(schedules, QString());
            });
    connect(catalog, &ScheduleListReader::failed, this,
            [end](const QString &, const QString &message, const ApiResult &result) {
                // Dropped by the gate after Cancel: said as the run's other requests say it.
                // A read that was on the wire and failed keeps its own reason.
                end({}, result.error.kind == ApiError::Kind::Cancelled ? RequestGate::notSentText()
                                                                       : message);
            });
    catalog->load(context, locationId);
}

void ScheduleListCache::settle(const QString &locationId)
{
    Entry &entry = m_entries[locationId];
    entry.loaded = true;
    entry.loading = false;
    const QList<Done> waiting = std::exchange(entry.waiting, {});
    for (const Done &done : waiting)
        done(entry.schedules, entry.error);
}

} // namespace seqring
