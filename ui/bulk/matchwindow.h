#pragma once

#include "app/bulk/synccontroller.h"
#include "app/client/httprequest.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <functional>

class QCheckBox;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace seqring
{

class BulkTargetsPanel;
class RequestPreview;
class WorkspaceDirectory;

// Make them match: the targets (BulkTargetsPanel) made equal to a template (the ring
// settings and criteria of the workspace it was opened from) or to the entries of a state
// file. Check shows each target's plan ("+2 criteria, −1, settings changed"), its actions
// when a row is selected and each action's exact request in the preview; Allow deleting
// criteria (off by default) asks first, naming how many; Run with its progress, Pause,
// Resume, Cancel, the results and Export results…, and the resume of a sync that was
// interrupted (resumeJournal). The syncs are the SyncController's.
// Not modal; its dialogs are opened, never run.
class MatchWindow : public QDialog
{
    Q_OBJECT
public:
    enum Column { WorkspaceColumn, PlanColumn, ResultColumn };
    enum ActionColumn { ActionColumn, CriteriaColumn, ActionResultColumn, MessageColumn };
    using ContextSource = std::function<RequestContext()>;

    MatchWindow(SyncController *controller, WorkspaceDirectory *directory, ContextSource source,
                QWidget *parent = nullptr);

    BulkTargetsPanel *targetsPanel() const { return m_targets; }
    SyncController *controller() const { return m_controller; }

    void check();
    // With Allow deleting criteria, a check comes first and the deletes it plans are
    // confirmed before anything is sent.
    void run();
    bool exportTo(const QString &path);
    // Continues the sync of a journal that did not end (the resume offer's Resume): its
    // targets, options and template or entries shown, its results as they come.
    void resumeJournal(const QString &path);
    // The confirmation of deletes while it is open (tests answer it).
    QMessageBox *confirmation() const { return m_confirm; }

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    bool start(bool dryRun);
    void confirmDeletes();
    void onRunStarted(SyncRun *run);
    void showProgress(const BulkProgress &progress);
    void onFinished();
    void showOutcome(int row);
    void showActions();
    void showRequest();
    void showTemplate();
    void openExport();
    void showProblem(const QString &title, const QString &text);
    void updateButtons();
    QString resultText(const SyncOutcome &outcome) const;

    SyncController *m_controller;
    ContextSource m_source;
    BulkTargetsPanel *m_targets;
    QLabel *m_template, *m_concurrencyLabel, *m_resultsLabel, *m_actionsLabel, *m_progressText;
    QCheckBox *m_allowDelete;
    QSpinBox *m_concurrency;
    QPushButton *m_check, *m_run, *m_pause, *m_resume, *m_cancel, *m_export;
    QProgressBar *m_progress;
    QTreeWidget *m_results, *m_actions;
    RequestPreview *m_preview;
    QPointer<QFileDialog> m_exportDialog;
    QPointer<QMessageBox> m_confirm;
    bool m_runAfterCheck = false; // the check before a run that may delete
};

} // namespace seqring
