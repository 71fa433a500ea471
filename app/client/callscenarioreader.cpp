#include "app/client/callscenarioreader.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"
#include "app/client/pagedfetch.h"
#include "app/client/sequentialringreader.h"

namespace seqring
{

namespace
{

bool notFound(const ApiResult &result)
{
    return result.error.kind == ApiError::Kind::Http && result.error.httpStatus == 404;
}

} // namespace

CallScenarioReader::CallScenarioReader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<CallScenarioData>();
}

CallScenarioReader::~CallScenarioReader()
{
    stopRequests();
}

void CallScenarioReader::setSender(RequestSender sender)
{
    m_sender = std::move(sender);
}

void CallScenarioReader::stopRequests()
{
    ++m_generation; // answers still to come are dropped
    const QList<QPointer<ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    if (m_fetch) {
        disconnect(m_fetch, nullptr, this, nullptr);
        m_fetch->deleteLater(); // its destructor stops the page in flight
        m_fetch = nullptr;
    }
    m_pending = 0;
}

void CallScenarioReader::begin(const RequestContext &context)
{
    stopRequests();
    m_context = context;
    m_data = CallScenarioData();
    m_criteria.clear();
    m_schedules.clear();
    m_busy = true;
}

void CallScenarioReader::send(const HttpRequestSpec &spec,
                              std::function<void(const ApiResult &)> done)
{
    ++m_pending;
    const quint64 generation = m_generation;
    auto answered = [this, generation, done](const ApiResult &result) {
        if (generation != m_generation || !m_busy)
            return;
        done(result);
    };
    if (m_sender) {
        m_sender(spec, this, answered);
        return;
    }
    ApiJob *job = m_client->send(spec);
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, answered);
}

void CallScenarioReader::read(const RequestContext &context)
{
    begin(context);
    m_data.workspaceId = context.workspaceId;
    send(ApiRequests::getWorkspace(context), [this](const ApiResult &result) {
        if (!result.ok)
            return fail(
                LookupError::describe(result, tr("the workspace"), LookupError::workspacesScope()));
        const QJsonObject workspace = result.json.object();
        m_data.workspaceName = workspace.value(QLatin1String("displayName")).toString();
        const QString locationId = workspace.value(QLatin1String("locationId")).toString();
        if (locationId.isEmpty())
            return fail(tr("The workspace %1 has no location, so it has no schedules or time "
                           "zone: assign it to a location.")
                            .arg(m_data.workspaceName.isEmpty() ? m_data.workspaceId
                                                                : m_data.workspaceName));
        readSettings();
        readLocation(locationId);
        settle();
    });
}

void CallScenarioReader::readSchedules(const RequestContext &context, const QString &locationId)
{
    begin(context);
    readLocation(locationId);
}

void CallScenarioReader::readSettings()
{
    send(ApiRequests::getSequentialRing(m_context), [this](const ApiResult &result) {
        if (!result.ok)
            return fail(LookupError::describe(result, tr("the sequential ring settings"),
                                              LookupError::workspacesScope()));
        m_data.settings = SequentialRingSettings::fromJson(result.json.object());
        m_criteria.resize(m_data.settings.criteria.size());
        for (int i = 0; i < m_data.settings.criteria.size(); ++i)
            readCriteria(i, m_data.settings.criteria.at(i).id);
        settle();
    });
}

void CallScenarioReader::readCriteria(int index, const QString &criteriaId)
{
    send(ApiRequests::getCriteria(m_context, criteriaId), [this, index,
                                                           criteriaId](const ApiResult &result) {
        if (notFound(result)) {
            m_data.warnings.append(
                tr("The criteria %1 was listed but not found (removed meanwhile?); it is left out.")
                    .arg(criteriaId));
            return settle();
        }
        if (!result.ok)
            return fail(LookupError::describe(result, tr("the criteria %1").arg(criteriaId),
                                              LookupError::workspacesScope()));
        const Parsed<Criteria> parsed =
            SequentialRingReader::criteriaFromJson(result.json.object());
        if (!parsed.ok())
            return fail(tr("The criteria %1 could not be read: %2").arg(criteriaId, parsed.error));
        m_criteria[index] = ExistingCriteria{criteriaId, *parsed.value};
        settle();
    });
}

void CallScenarioReader::readLocation(const QString &locationId)
{
    m_data.locationId = locationId;
    send(ApiRequests::location(m_context, locationId), [this](const ApiResult &result) {
        if (!result.ok)
            return fail(
                LookupError::describe(result, tr("the location"), LookupError::workspacesScope()));
        const QJsonObject location = result.json.object();
        m_data.locationName = location.value(QLatin1String("name")).toString();
        m_data.timeZone = location.value(QLatin1String("timeZone")).toString();
        if (m_data.timeZone.isEmpty())
            return fail(
                tr("The location %1 has no time zone (timeZone), so its schedules "
                   "cannot be placed in time: set the location's time zone.")
                    .arg(m_data.locationName.isEmpty() ? m_data.locationId : m_data.locationName));
        settle();
    });
    readScheduleList();
}

void CallScenarioReader::readScheduleList()
{
    ++m_pending;
    auto *fetch =
        new PagedFetch(m_client, {m_context, ApiRequests::schedulesPath(m_data.locationId), {}},
                       QStringLiteral("schedules"), PagedFetch::kDefaultPageSize, this);
    m_fetch = fetch;
    if (m_sender)
        fetch->setSender(m_sender);
    connect(fetch, &PagedFetch::finished, this, [this, fetch](const ApiResult &result) {
        fetch->deleteLater();
        m_fetch = nullptr;
        if (!m_busy)
            return;
        if (!result.ok)
            return fail(LookupError::describe(result, tr("the location's schedules"),
                                              LookupError::telephonyScope()));
        const QList<QJsonObject> items = fetch->items();
        m_schedules.resize(items.size());
        for (int i = 0; i < items.size(); ++i)
            readSchedule(i, items.at(i));
        settle();
    });
    fetch->start();
}

void CallScenarioReader::readSchedule(int index, const QJsonObject &item)
{
    const QString id = item.value(QLatin1String("id")).toString();
    const QString name = item.value(QLatin1String("name")).toString();
    const auto type = scheduleTypeFromWire(item.value(QLatin1String("type")).toString());
    if (id.isEmpty() || !type) {
        m_data.warnings.append(
            tr("The schedule \"%1\" is listed without an ID or a known type; it is left out.")
                .arg(name));
        return;
    }
    send(ApiRequests::scheduleDetail(m_context, m_data.locationId, *type, id),
         [this, index, name](const ApiResult &result) {
             if (notFound(result)) {
                 m_data.warnings.append(tr("The schedule \"%1\" was listed but not found "
                                           "(removed meanwhile?); it is left out.")
                                            .arg(name));
                 return settle();
             }
             if (!result.ok)
                 return fail(LookupError::describe(result, tr("the schedule \"%1\"").arg(name),
                                                   LookupError::telephonyScope()));
             const LocationScheduleRead read = LocationScheduleJson::fromJson(result.json.object());
             if (!read.schedule)
                 return fail(tr("The schedule \"%1\" could not be read: %2").arg(name, read.error));
             for (const QString &warning : read.warnings)
                 m_data.warnings.append(
                     tr("Schedule \"%1\": %2").arg(read.schedule->name, warning));
             m_schedules[index] = *read.schedule;
             settle();
         });
}

void CallScenarioReader::settle()
{
    if (--m_pending > 0 || !m_busy)
        return;
    for (const auto &criteria : std::as_const(m_criteria)) {
        if (criteria)
            m_data.criteria.append(*criteria);
    }
    for (const auto &schedule : std::as_const(m_schedules)) {
        if (schedule)
            m_data.schedules.append(*schedule);
    }
    finish();
}

void CallScenarioReader::fail(const QString &message)
{
    m_data.error = message;
    finish();
}

void CallScenarioReader::finish()
{
    stopRequests();
    m_busy = false;
    const CallScenarioData data = std::exchange(m_data, {});
    m_criteria.clear();
    m_schedules.clear();
    Q_EMIT finished(data);
}

void CallScenarioReader::cancel()
{
    stopRequests();
    m_busy = false;
}

} // namespace seqring
