#include "workspacecontext.h"

#include "apijob.h"
#include "licensecatalog.h"
#include "locationcatalog.h"

namespace seqring
{

WorkspaceContext::WorkspaceContext(ApiClient *client, Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_licenses(new LicenseCatalog(client, this)),
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
                    m_session->setWorkspaceFound(entry);
            });
    connect(m_directory, &WorkspaceDirectory::lookupFailed, this,
            [this](const QString &id, const QString &message, bool notFound) {
                if (id == m_id)
                    m_session->setWorkspaceProblem(notFound ? Session::WorkspaceState::Unknown
                                                            : Session::WorkspaceState::Failed,
                                                   message);
            });
    connect(m_directory, &WorkspaceDirectory::busyChanged, this, &WorkspaceContext::updateBusy);
    connect(m_schedules, &ScheduleCatalog::loaded, this,
            [this](const QString &locationId, const QList<ScheduleEntry> &list) {
                const auto entry = m_session->workspace();
                if (!entry || entry->locationId != locationId)
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
    connect(m_session, &Session::workspaceIdChanged, this, &WorkspaceContext::onWorkspaceIdChanged);
    connect(m_session, &Session::workspaceStateChanged, this,
            &WorkspaceContext::onWorkspaceStateChanged);
    onWorkspaceIdChanged();
}

void WorkspaceContext::setPageSize(int size)
{
    m_directory->setPageSize(size);
    m_schedules->setPageSize(size);
    m_licenses->setPageSize(size);
    m_locations->setPageSize(size);
}

void WorkspaceContext::onWorkspaceIdChanged()
{
    m_id = m_session->workspaceId().trimmed();
    m_loadedFor.clear();
    m_scheduleList.reset();
    m_settings.reset();
    m_schedulesProblem.clear();
    m_settingsProblem.clear();
    m_highlight.clear();
    if (m_session->workspaceState() == Session::WorkspaceState::LookingUp)
        m_lookupTimer.start();
    else
        m_lookupTimer.stop();
    Q_EMIT schedulesChanged();
    Q_EMIT settingsChanged();
    onWorkspaceStateChanged(); // a workspace chosen in the picker is known already
    updateBusy();
}

void WorkspaceContext::onWorkspaceStateChanged()
{
    const auto entry = m_session->workspace();
    if (m_session->workspaceState() != Session::WorkspaceState::Known || !entry) {
        m_loadedFor.clear();
        return;
    }
    if (m_loadedFor == entry->id)
        return;
    m_lookupTimer.stop();
    m_loadedFor = entry->id;
    m_scheduleList.reset();
    m_settings.reset();
    if (!entry->locationId.isEmpty())
        m_schedules->load(m_session->requestContext(), entry->locationId);
    Q_EMIT schedulesChanged();
    if (entry->selectable())
        refreshCriteria(m_highlight, m_highlightKind);
    else
        Q_EMIT settingsChanged();
    updateBusy();
}

void WorkspaceContext::reload()
{
    if (m_id.isEmpty())
        return;
    m_loadedFor.clear();
    m_session->setWorkspaceLookingUp();
    m_lookupTimer.start();
    updateBusy();
}

void WorkspaceContext::lookUp()
{
    if (!m_id.isEmpty())
        m_directory->lookup(m_session->requestContext(), m_id);
}

void WorkspaceContext::refreshCriteria(const QString &highlightId, Highlight kind)
{
    m_highlight = highlightId;
    m_highlightKind = kind;
    if (m_session->workspaceState() != Session::WorkspaceState::Known)
        return;
    m_reader->read(m_session->requestContext());
}

void WorkspaceContext::cancel()
{
    m_lookupTimer.stop();
    m_directory->cancel();
    m_schedules->cancel();
    m_reader->cancel();
    if (m_session->workspaceState() == Session::WorkspaceState::LookingUp)
        m_session->setWorkspaceProblem(Session::WorkspaceState::Failed,
                                       tr("The lookup was cancelled."));
    updateBusy();
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
