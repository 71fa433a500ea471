#pragma once

#include "apiresult.h"
#include "createdcheck.h"
#include "criteria.h"
#include "criteriarequest.h"
#include "workspacepickerdialog.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QDialog;
class QWidget;

namespace seqring
{

class ApiClient;
class CriteriaForm;
class CriteriaModel;
class ExistingCriteriaPanel;
class TargetPanel;
class TokenProvider;
class WorkspaceContext;
class WriteAccess;

// Ties the workspace lookups to the admin window: Workspace ID and the picker (Ctrl+K),
// the form's schedule suggestions and the model's known schedules, the existing criteria
// panel, what the token may write (Create's blocked reason), the refresh after a create,
// and "Check whether it was created" after an ambiguous failure.
class WorkspaceBinder : public QObject
{
    Q_OBJECT
public:
    WorkspaceBinder(CriteriaModel *model, ApiClient *client, TokenProvider *tokens,
                    TargetPanel *target, CriteriaForm *form, QWidget *window);

    WorkspaceContext *context() const { return m_context; }
    ExistingCriteriaPanel *panel() const { return m_panel; }
    WriteAccess *writeAccess() const { return m_writeAccess; }
    QAction *chooseAction() const { return m_chooseAction; }
    WorkspacePickerDialog *picker() const { return m_picker; }
    // Page size of the lookups, debounce of the picker and of Workspace ID (tests).
    void setPageSize(int size);
    void setDebounceInterval(int milliseconds);

    // While held, a new target (API root, organisation, token) is only noted; release()
    // starts its look-ups. The window holds them until its first frame is on screen, so
    // the network stack (TLS included) loads after the window appears, not before.
    void holdLookups() { m_held = true; }
    void releaseLookups();

    // The requests' context now: API root, organisation, token, workspace.
    RequestContext requestContext() const;
    // Why Create would fail for this token; empty when not known to fail.
    QString blockedReason() const;

    WorkspacePickerDialog *openPicker();
    // The window calls these around a create.
    void createStarted(const Criteria &criteria);
    void createFinished(const ApiResult &result);
    // Adds "Check whether it was created" to the error dialog of an ambiguous create.
    void offerCheck(QDialog *dialog);
    void checkCreated();

Q_SIGNALS:
    void blockedReasonChanged();
    void pickerOpened(seqring::WorkspacePickerDialog *dialog);
    void checkFinished(seqring::CreatedCheck::Outcome outcome, const QString &criteriaId,
                       const QString &message);

private:
    void showWorkspaceState();
    void applySchedules();
    void targetChanged();

    CriteriaModel *m_model;
    TokenProvider *m_tokens;
    TargetPanel *m_target;
    CriteriaForm *m_form;
    QWidget *m_window;
    WorkspaceContext *m_context;
    ExistingCriteriaPanel *m_panel;
    WriteAccess *m_writeAccess;
    CreatedCheck *m_check;
    QAction *m_chooseAction;
    QPointer<WorkspacePickerDialog> m_picker;
    int m_pageSize = 100;
    int m_debounce = 300;
    Criteria m_sent;         // the criteria of the last create
    RequestContext m_sentTo; // and where it went
    QStringList m_listedBefore;
    QStringList m_lastTarget; // API root, organisation and token the lookups last used
    bool m_held = false;
    bool m_targetPending = false; // the target changed while held
};

} // namespace seqring
