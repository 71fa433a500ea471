#include "app/workspace/workspacecontext.h"

#include "app/client/apijob.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "models/webexid.h"

namespace seqring
{

WorkspaceContext::WorkspaceContext(ApiClient *client, TargetModel *target, QObject *parent)
    : QObject(parent), m_target(target), m_licenses(new LicenseCatalog(client, this)),
      m_locations(new LocationCatalog(client, this)),
      m_directory(new WorkspaceDirectory(client, m_licenses, m_locations, this)),
      m_schedules(new ScheduleListReader(client, this)),
      m_reader(new SequentialRingReader(client, this))
{
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(400);
    connect(&m_lookupTimer, &QTimer::timeout, this, &WorkspaceContext::lookUp);
    connect(m_directory, &WorkspaceDirectory::lookupFinished, this,
            [this](const QString &id, const WorkspaceEntry &entry) {
                if (WebexId::same(id, m_id))
                    m_target->setWorkspaceFound(entry);
            });
    connect(m_directory, &WorkspaceDirectory::lookupFailed, this,
            [this](const QString &id, const QString &message, bool notFound) {
                if (WebexId::same(id, m_id))
                    m_target->setWorkspaceProblem(notFound ? TargetModel::WorkspaceState::Unknown
                                                           : TargetModel::WorkspaceState::Failed,
                                                  message);
            });
    connect(m_directory, &WorkspaceDirectory::busyChanged, this, &WorkspaceContext::updateBusy);
    connect(m_schedules, &ScheduleListReader::loaded, this,
            [this](const QString &locationId, const QList<ScheduleEntry> &list) {
                const auto entry = m_target->workspace();
                if (!entry || entry->locationId != locationId)
                    return;
                m_scheduleList = list;
                m_schedulesProblem.clear();
                updateBusy();
                Q_EMIT schedulesChanged();
            });
    connect(m_schedules, &ScheduleListReader::failed, this,
            [this](const QString &, const QString &message) {
                m_scheduleList.reset();
                m_schedulesProblem = message;
                updateBusy();
                Q_EMIT schedulesChanged();
            });
    connect(m_reader, &SequentialRingReader::settingsRead, this,
            [this](const QString &workspaceId, const SequentialRingSettings &settings) {
                if (!WebexId::same(workspaceId, m_id))
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
    connect(m_target, &TargetModel::workspaceIdChanged, this,
            &WorkspaceContext::onWorkspaceIdChanged);
    connect(m_target, &TargetModel::workspaceStateChanged, this,
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
    m_id = m_target->workspaceId().trimmed();
    m_loadedFor.clear();
    m_scheduleList.reset();
    m_settings.reset();
    m_schedulesProblem.clear();
    m_settingsProblem.clear();
    m_highlight.clear();
    if (m_target->workspaceState() == TargetModel::WorkspaceState::LookingUp)
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
    const auto entry = m_target->workspace();
    if (m_target->workspaceState() != TargetModel::WorkspaceState::Known || !entry) {
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
        m_schedules->load(m_target->requestContext(), entry->locationId);
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
    m_target->setWorkspaceLookingUp();
    m_lookupTimer.start();
    updateBusy();
}

void WorkspaceContext::lookUp()
{
    if (!m_id.isEmpty())
        m_directory->lookup(m_target->requestContext(), m_id);
}

void WorkspaceContext::refreshCriteria(const QString &highlightId, Highlight kind)
{
    m_highlight = highlightId;
    m_highlightKind = kind;
    if (m_target->workspaceState() != TargetModel::WorkspaceState::Known)
        return;
    m_reader->read(m_target->requestContext());
}

void WorkspaceContext::cancel()
{
    m_lookupTimer.stop();
    m_directory->cancel();
    m_schedules->cancel();
    m_reader->cancel();
    if (m_target->workspaceState() == TargetModel::WorkspaceState::LookingUp)
        m_target->setWorkspaceProblem(TargetModel::WorkspaceState::Failed,
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
