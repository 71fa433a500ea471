#pragma once

#include "criteriarequest.h"
#include "schedulecatalog.h"
#include "sequentialringreader.h"
#include "workspacedirectory.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class LocationCatalog;

// The workspace the window targets: looks up a typed or pasted ID (debounced), then
// reads its location's schedules and its sequential ring settings and criteria, and
// keeps what it found for the target panel, the form and the existing criteria panel.
class WorkspaceContext : public QObject
{
    Q_OBJECT
public:
    // Where requests go now (API root, organisation, token; the workspace ID is ignored).
    using ContextSource = std::function<RequestContext()>;
    enum class State { None, LookingUp, Known, Unknown, Failed };
    Q_ENUM(State)

    WorkspaceContext(ApiClient *client, ContextSource source, QObject *parent = nullptr);

    WorkspaceDirectory *directory() const { return m_directory; }
    LicenseCatalog *licenses() const { return m_licenses; }
    LocationCatalog *locations() const { return m_locations; }
    ScheduleCatalog *scheduleCatalog() const { return m_schedules; }
    SequentialRingReader *reader() const { return m_reader; }
    RequestContext requestContext() const; // the source's, with the current workspace ID

    // Delay between the last keystroke in Workspace ID and the lookup (default 400 ms).
    void setLookupDelay(int milliseconds) { m_lookupTimer.setInterval(milliseconds); }
    // Page size of every list read (tests use 2).
    void setPageSize(int size);

    // A typed or pasted ID: looked up after the delay; empty clears.
    void setWorkspaceId(const QString &id);
    // A workspace chosen in the picker: known already, no lookup.
    void choose(const WorkspaceEntry &entry);
    // Looks the current ID up again (e.g. after the token or environment changed).
    void reload();
    // Re-reads the sequential ring settings; `highlightId` is marked in the list.
    void refreshCriteria(const QString &highlightId = {});
    void cancel();

    State state() const { return m_state; }
    QString workspaceId() const { return m_id; }
    std::optional<WorkspaceEntry> workspace() const { return m_entry; }
    QString problem() const { return m_problem; } // Unknown or Failed: why
    std::optional<QList<ScheduleEntry>> schedules() const { return m_scheduleList; }
    QString schedulesProblem() const { return m_schedulesProblem; }
    std::optional<SequentialRingSettings> settings() const { return m_settings; }
    QString settingsProblem() const { return m_settingsProblem; }
    QString highlightId() const { return m_highlight; }
    bool isBusy() const;

Q_SIGNALS:
    void stateChanged();
    void schedulesChanged();
    void settingsChanged();
    void busyChanged(bool busy);

private:
    void lookUp();
    void setKnown(const WorkspaceEntry &entry);
    void setState(State state, const QString &problem = {});
    void updateBusy();

    ContextSource m_source;
    LicenseCatalog *m_licenses;
    LocationCatalog *m_locations;
    WorkspaceDirectory *m_directory;
    ScheduleCatalog *m_schedules;
    SequentialRingReader *m_reader;
    QTimer m_lookupTimer;
    QString m_id;
    State m_state = State::None;
    std::optional<WorkspaceEntry> m_entry;
    QString m_problem;
    std::optional<QList<ScheduleEntry>> m_scheduleList;
    QString m_schedulesProblem;
    std::optional<SequentialRingSettings> m_settings;
    QString m_settingsProblem;
    QString m_highlight;
    bool m_busy = false;
};

} // namespace seqring
