#include "workspacecontext.h"

#include "apijob.h"
#include "licensecatalog.h"
#include "locationcatalog.h"

namespace seqring
{

WorkspaceContext::WorkspaceContext(ApiClient *client, ContextSource source, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_licenses(new LicenseCatalog(client, this)),
      m_locations(new LocationCatalog(client, this)),
      m_directory(new WorkspaceDirectory(client, m_licenses, m_locations, this)),
      m_schedules(new ScheduleCatalog(client, this)),
      m_reader(new SequentialRingReader(client, this))
{
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(400);
    connect(&m_lookupTimer, &QTimer::timeout, this, &WorkspaceContext::lookUp);
    connect(m_directory, &WorkspaceDirectory::lookupFinished, this,
            [this](const WorkspaceEntry &entry) {
                if (entry.id == m_id)
                    setKnown(entry);
            });
    connect(m_directory, &WorkspaceDirectory::lookupFailed, this,
            [this](const QString &id, const QString &message, bool notFound) {
                if (id == m_id)
                    setState(notFound ? State::Unknown : State::Failed, message);
            });
    connect(m_directory, &WorkspaceDirectory::busyChanged, this, &WorkspaceContext::updateBusy);
    connect(m_schedules, &ScheduleCatalog::loaded, this,
            [this](const QString &locationId, const QList<ScheduleEntry> &list) {
                if (!m_entry || m_entry->locationId != locationId)
                    return;
                m_scheduleList = list;
                m_schedulesProblem.clear();
                updateBusy();
                Q_EMIT schedulesChanged();
            });
    connect(m_schedules, &ScheduleCatalog::failed, this,
            [this](const QString &, const QString &message) {
                m_scheduleList.reset();
                m_schedulesProblem = message;
                updateBusy();
                Q_EMIT schedulesChanged();
            });
    connect(m_reader, &SequentialRingReader::settingsRead, this,
            [this](const QString &workspaceId, const SequentialRingSettings &settings) {
                if (workspaceId != m_id)
                    return;
                m_settings = settings;
                m_settingsProblem.clear();
                Q_EMIT settingsChanged();
            });
    connect(m_reader, &SequentialRingReader::failed, this,
            [this](const QString &message, const ApiResult &result) {
                if (!result.url.path().endsWith(QLatin1String("/sequentialRing")))
                    return; // a criteria read or delete: the panel shows those
                m_settings.reset();
                m_settingsProblem = message;
                Q_EMIT settingsChanged();
            });
    connect(m_reader, &SequentialRingReader::busyChanged, this, &WorkspaceContext::updateBusy);
}

RequestContext WorkspaceContext::requestContext() const
{
    RequestContext context = m_source();
    context.workspaceId = m_id;
    return context;
}

void WorkspaceContext::setPageSize(int size)
{
    m_directory->setPageSize(size);
    m_schedules->setPageSize(size);
    m_licenses->setPageSize(size);
    m_locations->setPageSize(size);
}

void WorkspaceContext::setWorkspaceId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed == m_id && m_state != State::None)
        return;
    m_id = trimmed;
    m_entry.reset();
    m_scheduleList.reset();
    m_settings.reset();
    m_schedulesProblem.clear();
    m_settingsProblem.clear();
    m_highlight.clear();
    if (m_id.isEmpty()) {
        m_lookupTimer.stop();
        setState(State::None);
    } else {
        setState(State::LookingUp);
        m_lookupTimer.start();
    }
    Q_EMIT schedulesChanged();
    Q_EMIT settingsChanged();
}

void WorkspaceContext::choose(const WorkspaceEntry &entry)
{
    m_lookupTimer.stop();
    m_id = entry.id;
    setKnown(entry);
}

void WorkspaceContext::reload()
{
    if (m_id.isEmpty())
        return;
    setState(State::LookingUp);
    m_lookupTimer.start();
}

void WorkspaceContext::lookUp()
{
    if (!m_id.isEmpty())
        m_directory->lookup(requestContext(), m_id);
}

void WorkspaceContext::setKnown(const WorkspaceEntry &entry)
{
    m_entry = entry;
    setState(State::Known);
    m_scheduleList.reset();
    m_settings.reset();
    if (!entry.locationId.isEmpty())
        m_schedules->load(requestContext(), entry.locationId);
    Q_EMIT schedulesChanged();
    if (entry.selectable())
        refreshCriteria(m_highlight);
    else
        Q_EMIT settingsChanged();
    updateBusy();
}

void WorkspaceContext::refreshCriteria(const QString &highlightId)
{
    m_highlight = highlightId;
    if (m_state != State::Known)
        return;
    m_reader->read(requestContext());
}

void WorkspaceContext::cancel()
{
    m_lookupTimer.stop();
    m_directory->cancel();
    m_schedules->cancel();
    m_reader->cancel();
    if (m_state == State::LookingUp)
        setState(State::Failed, tr("The lookup was cancelled."));
    updateBusy();
}

void WorkspaceContext::setState(State state, const QString &problem)
{
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

bool WorkspaceContext::isBusy() const
{
    return m_lookupTimer.isActive() || m_directory->isBusy() || m_schedules->isBusy() ||
           m_reader->isBusy();
}

void WorkspaceContext::updateBusy()
{
    if (m_busy == isBusy())
        return;
    m_busy = isBusy();
    Q_EMIT busyChanged(m_busy);
}

} // namespace seqring
