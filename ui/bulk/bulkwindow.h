#pragma once

#include "app/bulk/bulkcontroller.h"
#include "app/client/httprequest.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <functional>

class QComboBox;
class QFileDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace seqring
{

class BulkTargetsPanel;
class CriteriaModel;
class RequestPreview;
class WorkspaceDirectory;

// Apply to several workspaces: the criteria of the form as the template (its workspace ID
// ignored), the targets (BulkTargetsPanel), Check (the verdicts of a dry run), Run with its
// progress (counts, pace, ETA, the shared 429 countdown), Pause, Resume and Cancel, the
// results with each workspace's exact request in a preview, Export results… and Retry
// failed. The runs are the BulkController's. Not modal; its dialogs are opened, never run.
class BulkWindow : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        WorkspaceColumn,
        ResultColumn,
        CriteriaColumn,
        StatusColumn,
        MessageColumn,
        TrackingColumn
    };
    using ContextSource = std::function<RequestContext()>;

    BulkWindow(BulkController *controller, CriteriaModel *model, WorkspaceDirectory *directory,
               ContextSource source, QWidget *parent = nullptr);

    BulkTargetsPanel *targetsPanel() const { return m_targets; }
    BulkController *controller() const { return m_controller; }
    void setCountdownInterval(int milliseconds) { m_countdown.setInterval(milliseconds); }

    void check();
    void run();
    void retryFailed();
    // Continues the unfinished run of a journal (the resume offer's Resume).
    void resumeJournal(const QString &path);
    bool exportTo(const QString &path);

Q_SIGNALS:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    bool start(bool dryRun);
    void onRunStarted(BulkRun *run);
    void showOutcome(int row, bool added);
    void showProgress(const BulkProgress &progress);
    void showCountdown(int seconds);
    void showRequest();
    void openExport();
    void showProblem(const QString &title, const QString &text);
    void updateButtons();
    QString resultText(const BulkOutcome &outcome) const;

    BulkController *m_controller;
    CriteriaModel *m_model;
    ContextSource m_source;
    BulkTargetsPanel *m_targets;
    QLabel *m_template, *m_duplicateLabel, *m_concurrencyLabel, *m_resultsLabel;
    QLabel *m_progressText, *m_countdownText;
    QComboBox *m_duplicate;
    QSpinBox *m_concurrency;
    QPushButton *m_check, *m_run, *m_pause, *m_resume, *m_cancel, *m_export, *m_retry;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    RequestPreview *m_preview;
    QPointer<QFileDialog> m_exportDialog;
    QTimer m_countdown;
    int m_secondsLeft = 0;
};

} // namespace seqring
