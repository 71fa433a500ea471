#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"
#include "models/callrules.h"
#include "models/locationschedule.h"
#include "models/sequentialringsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace seqring
{

class ApiClient;
class ApiJob;
class PagedFetch;

// What a call test needs of one workspace, read afresh from the service.
struct CallScenarioData {
    QString workspaceId, workspaceName, locationId, locationName, timeZone; // IANA
    SequentialRingSettings settings;
    QList<ExistingCriteria> criteria;  // every criteria read whole (GET …/criteria/{id}), in the
                                       // service's order
    QList<LocationSchedule> schedules; // every schedule of the location, with events
    QStringList warnings;              // malformed events left out, unreadable parts
    QString error; // empty on success; else one sentence (names the missing scope on 401/403)
};

// Reads what "what happens to a call" is decided on: the workspace (its name and location),
// its sequential ring settings and every criteria whole, the location's time zone, and every
// schedule of the location with its events. One read at a time.
//
// A failed read of the workspace, the settings, a criteria, the location, the schedule list
// or a schedule ends the read with `error` (the first failure; 401/403 name the scope the
// token lacks). A criteria or schedule that is listed but then not found (404: removed while
// reading) is left out with a warning, and so are malformed events. A location without a
// time zone is an error.
class CallScenarioReader : public QObject
{
    Q_OBJECT
public:
    explicit CallScenarioReader(ApiClient *client, QObject *parent = nullptr);
    ~CallScenarioReader() override;

    // From the next read on, requests go through `sender` (a RequestGate's) instead of the
    // client.
    void setSender(RequestSender sender);
    // Reads everything for context.workspaceId. Replaces a read in flight: the replaced read
    // finishes no more.
    void read(const RequestContext &context);
    // Only the location (name, time zone) and its schedules with their events, for the week
    // view; workspaceId, settings and criteria stay empty.
    void readSchedules(const RequestContext &context, const QString &locationId);
    // Drops the read in flight (finished() does not come for it).
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Exactly once per read that is neither replaced nor cancelled, whatever the service
    // answers.
    void finished(const seqring::CallScenarioData &data);

private:
    // Sends `spec` for the read in flight; `done` gets the answer unless the read was
    // replaced, cancelled or has already failed.
    void send(const HttpRequestSpec &spec, std::function<void(const ApiResult &)> done);
    void begin(const RequestContext &context);
    void readLocation(const QString &locationId);
    void readSettings();
    void readCriteria(int index, const QString &criteriaId);
    void readScheduleList();
    void readSchedule(int index, const QJsonObject &item);
    // One request answered; finishes the read when none is left.
    void settle();
    // Ends the read with `message` as its error.
    void fail(const QString &message);
    void finish();
    void stopRequests();

    ApiClient *m_client;
    RequestSender m_sender;
    RequestContext m_context;
    quint64 m_generation = 0;
    bool m_busy = false;
    int m_pending = 0;
    CallScenarioData m_data;
    QList<std::optional<ExistingCriteria>> m_criteria;  // in the service's order
    QList<std::optional<LocationSchedule>> m_schedules; // in the list's order
    QList<QPointer<ApiJob>> m_jobs;
    QPointer<PagedFetch> m_fetch;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::CallScenarioData)
