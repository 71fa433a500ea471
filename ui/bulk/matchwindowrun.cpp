// MatchWindow while it checks and runs: the confirmation of deletes, the progress, the plans,
// their actions and each action's request, and the export of the results.
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/matchwindow.h"
#include "ui/requestpreview.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

namespace seqring
{

void MatchWindow::check()
{
    m_runAfterCheck = false;
    start(true);
}

void MatchWindow::run()
{
    // What may be deleted is counted by a check and confirmed before anything is sent.
    m_runAfterCheck = m_allowDelete->isChecked();
    start(m_runAfterCheck);
}

bool MatchWindow::start(bool dryRun)
{
    SyncOptions options;
    options.concurrency = m_concurrency->value();
    options.allowDelete = m_allowDelete->isChecked();
    QString error;
    const bool started =
        dryRun ? m_controller->check(m_source(), m_targets->targets(), options, &error)
               : m_controller->run(m_source(), m_targets->targets(), options, &error);
    if (!started) {
        m_runAfterCheck = false;
        showProblem(tr("Cannot start"), error);
    }
    updateButtons();
    return started;
}

void MatchWindow::onFinished()
{
    const SyncRun *current = m_controller->current();
    const bool cancelled = current && current->isCancelled();
    if (m_runAfterCheck && !cancelled) {
        m_runAfterCheck = false;
        if (m_controller->plannedDeletes() > 0) {
            confirmDeletes();
        } else {
            start(false);
            return;
        }
    }
    m_runAfterCheck = false;
    if (cancelled) {
        const BulkProgress progress = current->progress();
        m_progressText->setText(tr("Cancelled: %1 of %2 workspaces done; the others were not "
                                   "sent. The results are kept.")
                                    .arg(progress.total - progress.remaining - progress.failed)
                                    .arg(progress.total));
    }
    updateButtons();
    Q_EMIT runFinished();
}

void MatchWindow::confirmDeletes()
{
    const int deletes = m_controller->plannedDeletes();
    m_confirm = new QMessageBox(
        QMessageBox::Warning, tr("Delete criteria?"),
        tr("Making them match deletes %n criteria that the template does not have. They "
           "cannot be restored by this app.",
           nullptr, deletes),
        QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmDeletesBox"));
    QPushButton *go = m_confirm->addButton(tr("Delete %n criteria and run", nullptr, deletes),
                                           QMessageBox::DestructiveRole);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, go] {
        const bool confirmed = m_confirm && m_confirm->clickedButton() == go;
        m_confirm = nullptr;
        if (confirmed)
            start(false);
        updateButtons();
    });
    m_confirm->open();
}

void MatchWindow::onRunStarted(SyncRun *run)
{
    m_progress->setRange(0, int(m_controller->targets().size()));
    m_progress->setValue(0);
    m_progressText->setText(m_controller->isDryRun() ? tr("Checking…") : tr("Running…"));
    m_preview->setPlaceholder(tr("Select an action to see its request."));
    connect(run, &SyncRun::progressChanged, this, &MatchWindow::showProgress);
    connect(run, &SyncRun::stateChanged, this, [this, run] {
        showProgress(run->progress());
        updateButtons();
    });
    connect(run, &SyncRun::paused, this, [this](int seconds) {
        m_progressText->setText(tr("Rate limited: every request waits %1 s.").arg(seconds));
    });
    updateButtons();
}

void MatchWindow::showProgress(const BulkProgress &progress)
{
    m_progress->setRange(0, progress.total);
    m_progress->setValue(progress.total - progress.remaining);
    const QString counts = tr("%1 of %2 · %3 match, %4 do not match, %5 failed")
                               .arg(progress.total - progress.remaining)
                               .arg(progress.total)
                               .arg(progress.created)
                               .arg(progress.skipped)
                               .arg(progress.failed);
    const SyncRun *current = m_controller->current();
    if (current && current->isCancelled())
        m_progressText->setText(tr("Cancelling: nothing new is sent; the requests under way "
                                   "finish. %1")
                                    .arg(counts));
    else if (current && current->isPausedByUser())
        m_progressText->setText(tr("Paused: nothing new is sent until Resume; the requests "
                                   "under way finish. %1")
                                    .arg(counts));
    else
        m_progressText->setText(counts + progress.paceText());
}

void MatchWindow::resumeJournal(const QString &path)
{
    QString error;
    if (!m_controller->resumeJournal(path, m_source().token, &error)) {
        showProblem(tr("The interrupted sync was not resumed"), error);
    } else {
        m_allowDelete->setChecked(m_controller->options().allowDelete);
        m_concurrency->setValue(m_controller->options().concurrency);
        m_targets->addTargets(m_controller->targets());
    }
    updateButtons();
}

QString MatchWindow::resultText(const SyncOutcome &outcome) const
{
    if (outcome.failed)
        return tr("failed");
    if (m_controller->isDryRun())
        return outcome.matched ? tr("would match") : tr("would not match");
    return outcome.matched ? tr("matches") : tr("does not match");
}

void MatchWindow::showOutcome(int row)
{
    const SyncOutcome &outcome = m_controller->outcomes().at(row);
    auto *item = new QTreeWidgetItem(m_results);
    item->setText(WorkspaceColumn,
                  outcome.displayName.isEmpty() ? outcome.workspaceId : outcome.displayName);
    item->setText(PlanColumn, outcome.summary);
    item->setToolTip(PlanColumn, outcome.summary);
    item->setText(ResultColumn, resultText(outcome));
    item->setData(WorkspaceColumn, Qt::UserRole, row);
}

void MatchWindow::showActions()
{
    m_actions->clear();
    const QList<QTreeWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->data(WorkspaceColumn, Qt::UserRole).toInt();
    const SyncOutcome &outcome = m_controller->outcomes().value(row);
    for (int i = 0; i < outcome.rows.size(); ++i) {
        const SyncReportRow &report = outcome.rows.at(i);
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(ActionColumn, toWire(report.action));
        item->setText(CriteriaColumn, report.criteriaId);
        item->setText(ActionResultColumn, toWire(report.result));
        item->setText(MessageColumn, report.message);
        item->setToolTip(MessageColumn, report.message);
        item->setData(ActionColumn, Qt::UserRole, i);
    }
    m_preview->setPlaceholder(tr("Select an action to see its request."));
}

void MatchWindow::showRequest()
{
    const QList<QTreeWidgetItem *> results = m_results->selectedItems();
    const QList<QTreeWidgetItem *> actions = m_actions->selectedItems();
    if (results.isEmpty() || actions.isEmpty())
        return;
    const int row = results.first()->data(WorkspaceColumn, Qt::UserRole).toInt();
    const int index = actions.first()->data(ActionColumn, Qt::UserRole).toInt();
    const SyncOutcome &outcome = m_controller->outcomes().value(row);
    const SyncReportRow report = outcome.rows.value(index);
    // The plan's action of that row: the nth of its kind in the rows is the nth in the plan.
    int nth = 0;
    for (int i = 0; i < index; ++i)
        nth += outcome.rows.at(i).action == report.action ? 1 : 0;
    for (const SyncAction &action : outcome.plan.actions) {
        if (action.kind != report.action || nth-- > 0)
            continue;
        const HttpRequestSpec spec = m_controller->requestFor(row, action);
        if (!spec.method.isEmpty()) {
            m_preview->setRequest(spec);
            return;
        }
        break;
    }
    m_preview->setPlaceholder(tr("This action sends no request."));
}

void MatchWindow::openExport()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    m_exportDialog =
        new QFileDialog(this, tr("Export results"), QString(), tr("CSV files (*.csv)"));
    m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_exportDialog->setDefaultSuffix(QStringLiteral("csv"));
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    m_exportDialog->open();
}

bool MatchWindow::exportTo(const QString &path)
{
    QString error;
    if (m_controller->exportResults(path, &error))
        return true;
    showProblem(tr("Export failed"), error);
    return false;
}

} // namespace seqring
