#pragma once

#include "app/client/httprequest.h"
#include "app/client/schedulelistreader.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

namespace seqring
{

class ApiClient;
class RequestGate;

// The schedules of each location a bulk run meets, read once per location (every page, in
// one slot of the run's gate) and shared by all its workspaces.
class ScheduleListCache : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QList<ScheduleEntry> &schedules, const QString &error)>;

    ScheduleListCache(ApiClient *client, RequestGate *gate, QObject *parent = nullptr);

    // Calls `done` once with the location's schedules, or with why they could not be read.
    void get(const RequestContext &context, const QString &locationId, Done done);
    int reads() const { return m_reads; } // locations read, for tests

private:
    // What is known of one location.
    struct Entry {
        bool loaded = false;
        bool loading = false;
        QList<ScheduleEntry> schedules;
        QString error;
        QList<Done> waiting;
    };
    void settle(const QString &locationId);

    ApiClient *m_client;
    RequestGate *m_gate;
    QHash<QString, Entry> m_entries;
    int m_reads = 0;
};

} // namespace seqring
