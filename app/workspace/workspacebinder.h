#pragma once

#include "app/client/apiresult.h"
#include "app/client/createdcheck.h"
#include "app/client/httprequest.h"
#include "models/criteria.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace seqring
{

class ApiClient;
class CriteriaModel;
class TargetModel;
class WorkspaceContext;
class WriteAccess;

// The controller between the TargetModel, the workspace look-ups and the criteria: starts the
// look-ups when the target changes (held until the window's first frame), gives the
// criteria model the location's schedule names, knows what the token may write (Create's
// blocked reason), refreshes the list after a create and checks an ambiguous one. It opens
// no dialog: it emits what happened, and ui/ presents it.
class WorkspaceBinder : public QObject
{
    Q_OBJECT
public:
    WorkspaceBinder(ApiClient *client, TargetModel *target, CriteriaModel *model,
                    QObject *parent = nullptr);

    WorkspaceContext *context() const { return m_context; }
    WriteAccess *writeAccess() const { return m_writeAccess; }
    // Page size of the look-ups and debounce of the workspace look-up (tests).
    void setPageSize(int size);
    void setLookupDelay(int milliseconds);

    // While held, a new target (API root, organisation, token) is only noted; release()
    // starts its look-ups. The window holds them until its first frame is on screen, so
    // the network stack (TLS included) loads after the window appears, not before.
    void holdLookups() { m_held = true; }
    void releaseLookups();

    // Why Create would fail for this token; empty when not known to fail.
    QString blockedReason() const;
    // The location's schedules as (name, type), for the form's suggestions.
    QList<QPair<QString, ScheduleType>> scheduleSuggestions() const;

    // The window calls these around a create.
    void createStarted(const Criteria &criteria);
    void createFinished(const ApiResult &result);
    // Reads the criteria again and looks for the last create's; checkFinished() follows.
    void checkCreated();
    // A read or delete of the existing criteria failed (a 403 is remembered).
    void noteResult(const ApiResult &result);

Q_SIGNALS:
    void blockedReasonChanged();
    void scheduleSuggestionsChanged();
    void checkFinished(seqring::CreatedCheck::Outcome outcome, const QString &criteriaId,
                       const QString &message);

private:
    void applySchedules();
    void targetChanged();

    TargetModel *m_target;
    CriteriaModel *m_model;
    WorkspaceContext *m_context;
    WriteAccess *m_writeAccess;
    CreatedCheck *m_check;
    Criteria m_sent;         // the criteria of the last create
    RequestContext m_sentTo; // and where it went
    QStringList m_listedBefore;
    QStringList m_lastTarget; // API root, organisation and token the look-ups last used
    bool m_held = false;
    bool m_targetPending = false; // the target changed while held
};

} // namespace seqring
