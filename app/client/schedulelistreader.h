#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"
#include "models/criteria.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace seqring
{

class ApiClient;
class PagedFetch;

// One location schedule: its name and type.
struct ScheduleEntry {
    QString name;
    ScheduleType type = ScheduleType::BusinessHours;
    friend bool operator==(const ScheduleEntry &a, const ScheduleEntry &b)
    {
        return a.name == b.name && a.type == b.type;
    }
};

// Reads a location's schedules (GET /telephony/config/locations/{id}/schedules, every page)
// for the schedule name suggestions. Read again for every workspace: schedules change.
class ScheduleListReader : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleListReader(ApiClient *client, QObject *parent = nullptr);
    ~ScheduleListReader() override;

    void setPageSize(int size) { m_pageSize = size; }
    // The pages go through `sender` from the next load() on.
    void setSender(RequestSender sender) { m_sender = std::move(sender); }

    // Replaces a read in flight.
    void load(const RequestContext &context, const QString &locationId);
    void cancel();
    bool isBusy() const { return !m_fetch.isNull(); }

    // Schedules of a list answer; entries with an unknown type are left out.
    static QList<ScheduleEntry> parse(const QList<QJsonObject> &items);

Q_SIGNALS:
    void loaded(const QString &locationId, const QList<seqring::ScheduleEntry> &schedules);
    // message: one sentence for the administrator; result: the answer (its kind tells a
    // read that was not sent, or cancelled, from one that failed).
    void failed(const QString &locationId, const QString &message,
                const seqring::ApiResult &result);

private:
    ApiClient *m_client;
    int m_pageSize = 100;
    QPointer<PagedFetch> m_fetch;
    RequestSender m_sender;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::ScheduleEntry)
