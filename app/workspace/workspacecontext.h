#pragma once

#include "app/client/httprequest.h"
#include "app/client/schedulelistreader.h"
#include "app/client/sequentialringreader.h"
#include "app/client/workspacedirectory.h"
#include "app/workspace/targetmodel.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class LocationCatalog;

// The look-ups around the TargetModel's workspace: looks up a typed or pasted ID (debounced)
// and tells the TargetModel what it found; then reads the workspace's location schedules and
// its sequential ring settings and criteria, and keeps those for the form and the existing
// criteria panel. The workspace itself (ID, entry, state) is the TargetModel's.
class WorkspaceContext : public QObject
{
    Q_OBJECT
public:
    // `target` is not owned; requests go where it says.
    WorkspaceContext(ApiClient *client, TargetModel *target, QObject *parent = nullptr);

    WorkspaceDirectory *directory() const { return m_directory; }
    LicenseCatalog *licenses() const { return m_licenses; }
    LocationCatalog *locations() const { return m_locations; }
    ScheduleListReader *scheduleCatalog() const { return m_schedules; }
    SequentialRingReader *reader() const { return m_reader; }
    TargetModel *target() const { return m_target; }

    // Delay between the last keystroke in Workspace ID and the lookup (default 400 ms).
    void setLookupDelay(int milliseconds) { m_lookupTimer.setInterval(milliseconds); }
    // Page size of every list read (tests use 2).
    void setPageSize(int size);

    // Looks the TargetModel's workspace up again (e.g. after the token or environment changed).
    void reload();
    // How the list marks the criteria a refresh was asked for.
    enum class Highlight { Created, Changed };
    // Re-reads the sequential ring settings; `highlightId` is marked in the list as `kind`.
    void refreshCriteria(const QString &highlightId = {}, Highlight kind = Highlight::Created);
    void cancel();

    QString workspaceId() const { return m_id; } // the workspace of what is kept here
    std::optional<QList<ScheduleEntry>> schedules() const { return m_scheduleList; }
    QString schedulesProblem() const { return m_schedulesProblem; }
    std::optional<SequentialRingSettings> settings() const { return m_settings; }
    QString settingsProblem() const { return m_settingsProblem; }
    QString highlightId() const { return m_highlight; }
    Highlight highlightKind() const { return m_highlightKind; }
    bool isBusy() const;

Q_SIGNALS:
    void schedulesChanged();
    void settingsChanged();
    void busyChanged(bool busy);

private:
    void onWorkspaceIdChanged();
    void onWorkspaceStateChanged();
    void lookUp();
    void updateBusy();

    TargetModel *m_target;
    LicenseCatalog *m_licenses;
    LocationCatalog *m_locations;
    WorkspaceDirectory *m_directory;
    ScheduleListReader *m_schedules;
    SequentialRingReader *m_reader;
    QTimer m_lookupTimer;
    QString m_id;
    QString m_loadedFor; // the known workspace whose schedules and settings were read
    std::optional<QList<ScheduleEntry>> m_scheduleList;
    QString m_schedulesProblem;
    std::optional<SequentialRingSettings> m_settings;
    QString m_settingsProblem;
    QString m_highlight;
    Highlight m_highlightKind = Highlight::Created;
    bool m_busy = false;
};

} // namespace seqring
