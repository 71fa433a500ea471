#include "ui/bulk/bulkwindow.h"

#include "models/criteriamodel.h"
#include "models/criteriavalidator.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/filechooser.h"
#include "ui/requestpreview.h"
#include "ui/results/problembox.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seqring
{

BulkWindow::BulkWindow(BulkController *controller, CriteriaModel *model,
                       WorkspaceDirectory *directory, ContextSource source, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_model(model), m_source(std::move(source)),
      m_targets(new BulkTargetsPanel(directory, m_source, this)), m_template(new QLabel(this)),
      m_duplicateLabel(new QLabel(this)), m_concurrencyLabel(new QLabel(this)),
      m_resultsLabel(new QLabel(this)), m_progressText(new QLabel(this)),
      m_countdownText(new QLabel(this)), m_duplicate(new QComboBox(this)),
      m_concurrency(new QSpinBox(this)), m_check(new QPushButton(this)),
      m_run(new QPushButton(this)), m_pause(new QPushButton(this)), m_resume(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_export(new QPushButton(this)),
      m_retry(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_results(new QTreeWidget(this)), m_preview(new RequestPreview(this))
{
    setObjectName(QStringLiteral("bulkWindow"));
    setWindowFlag(Qt::Window);
    setModal(false);
    m_template->setObjectName(QStringLiteral("bulkTemplateLabel"));
    m_duplicate->setObjectName(QStringLiteral("onDuplicateCombo"));
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_check->setObjectName(QStringLiteral("bulkCheckButton"));
    m_run->setObjectName(QStringLiteral("bulkRunButton"));
    m_pause->setObjectName(QStringLiteral("bulkPauseButton"));
    m_resume->setObjectName(QStringLiteral("bulkResumeButton"));
    m_cancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_export->setObjectName(QStringLiteral("exportResultsButton"));
    m_retry->setObjectName(QStringLiteral("retryFailedButton"));
    m_progress->setObjectName(QStringLiteral("bulkProgressBar"));
    m_progressText->setObjectName(QStringLiteral("bulkProgressText"));
    m_countdownText->setObjectName(QStringLiteral("bulkCountdownText"));
    m_results->setObjectName(QStringLiteral("bulkResultsTable"));
    m_preview->setObjectName(QStringLiteral("bulkRequestPreview"));
    m_concurrency->setRange(1, BulkOptions::kMaxConcurrency);
    m_concurrency->setValue(BulkOptions::kDefaultConcurrency);
    m_duplicate->addItems({QString(), QString()});
    m_duplicateLabel->setBuddy(m_duplicate);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_resultsLabel->setBuddy(m_results);
    m_results->setRootIsDecorated(false);
    m_results->setAllColumnsShowFocus(true);
    m_results->setColumnCount(TrackingColumn + 1);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    for (const auto &[column, width] : {std::pair{WorkspaceColumn, 170},
                                        {ResultColumn, 110},
                                        {CriteriaColumn, 110},
                                        {StatusColumn, 85},
                                        {TrackingColumn, 120}})
        m_results->setColumnWidth(column, width);
    m_template->setWordWrap(true);
    m_progressText->setWordWrap(true);
    m_countdownText->setVisible(false);
    m_countdown.setInterval(1000);
    buildLayout();

    connect(m_check, &QPushButton::clicked, this, &BulkWindow::check);
    connect(m_run, &QPushButton::clicked, this, &BulkWindow::run);
    connect(m_retry, &QPushButton::clicked, this, &BulkWindow::retryFailed);
    connect(m_export, &QPushButton::clicked, this, &BulkWindow::openExport);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (BulkRun *run = m_controller->current())
            run->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (BulkRun *run = m_controller->current())
            run->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (BulkRun *run = m_controller->current())
            run->cancel();
    });
    connect(m_controller, &BulkController::runStarted, this, &BulkWindow::onRunStarted);
    connect(m_controller, &BulkController::outcomesReset, this, [this] {
        m_results->clear();
        m_preview->setPlaceholder(tr("Select a workspace in the results to see its request."));
    });
    connect(m_controller, &BulkController::outcomeChanged, this, &BulkWindow::showOutcome);
    connect(m_controller, &BulkController::runFinished, this, [this] {
        m_countdown.stop();
        m_countdownText->setVisible(false);
        updateButtons();
        Q_EMIT runFinished();
    });
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &BulkWindow::showRequest);
    connect(m_targets, &BulkTargetsPanel::targetsChanged, this, &BulkWindow::updateButtons);
    connect(m_targets, &BulkTargetsPanel::problem, this, &BulkWindow::showProblem);
    connect(m_model, &ValidationSource::validationChanged, this, &BulkWindow::updateButtons);
    connect(&m_countdown, &QTimer::timeout, this, [this] { showCountdown(m_secondsLeft - 1); });
    retranslate();
    m_preview->setPlaceholder(tr("Select a workspace in the results to see its request."));
    updateButtons();
    resize(1200, 760);
}

void BulkWindow::buildLayout()
{
    auto *options = new QGridLayout;
    options->addWidget(m_duplicateLabel, 0, 0);
    options->addWidget(m_duplicate, 0, 1);
    options->addWidget(m_concurrencyLabel, 0, 2);
    options->addWidget(m_concurrency, 0, 3);
    options->setColumnStretch(4, 1);
    auto *controls = new QHBoxLayout;
    for (QPushButton *button : {m_check, m_run, m_pause, m_resume, m_cancel})
        controls->addWidget(button);
    controls->addStretch(1);
    auto *after = new QHBoxLayout;
    after->addWidget(m_export);
    after->addWidget(m_retry);
    after->addStretch(1);
    auto *right = new QWidget(this);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(options);
    column->addLayout(controls);
    column->addWidget(m_progress);
    column->addWidget(m_progressText);
    column->addWidget(m_countdownText);
    column->addWidget(m_resultsLabel);
    column->addWidget(m_results, 2);
    column->addLayout(after);
    column->addWidget(m_preview, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_targets);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_template);
    layout->addWidget(splitter, 1);
}

void BulkWindow::retranslate()
{
    setWindowTitle(tr("Apply to several workspaces"));
    m_duplicateLabel->setText(tr("On &duplicate"));
    m_duplicate->setItemText(0, tr("Skip it"));
    m_duplicate->setItemText(1, tr("Create anyway"));
    m_duplicate->setToolTip(tr("A workspace that already has a criteria with the same schedule "
                               "and calls-from"));
    m_concurrencyLabel->setText(tr("&Concurrency"));
    m_concurrency->setToolTip(tr("Requests at once, look-ups included (1 to 10)"));
    m_check->setText(tr("Chec&k"));
    m_check->setToolTip(tr("Check every target and send nothing (a dry run)"));
    m_run->setText(tr("&Run"));
    m_pause->setText(tr("&Pause"));
    m_resume->setText(tr("R&esume"));
    m_cancel->setText(tr("Ca&ncel"));
    m_cancel->setToolTip(tr("Send nothing new; the requests in flight finish"));
    m_export->setText(tr("E&xport results…"));
    m_retry->setText(tr("Retry &failed"));
    m_retry->setToolTip(tr("Run again for the workspaces not created"));
    m_resultsLabel->setText(tr("Res&ults"));
    m_results->setAccessibleName(tr("Results"));
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_results->setHeaderLabels({tr("Workspace"), tr("Result"), tr("Criteria ID"), tr("HTTP status"),
                                tr("Message"), tr("Tracking ID")});
    for (int row = 0; row < m_results->topLevelItemCount(); ++row)
        showOutcome(row, false);
    updateButtons();
}

void BulkWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BulkWindow::check()
{
    start(true);
}

void BulkWindow::run()
{
    start(false);
}

bool BulkWindow::start(bool dryRun)
{
    BulkOptions options;
    options.concurrency = m_concurrency->value();
    options.createOnDuplicate = m_duplicate->currentIndex() == 1;
    const RequestContext context = m_source();
    QString error;
    const bool started = dryRun ? m_controller->check(m_model->criteria(), context,
                                                      m_targets->targets(), options, &error)
                                : m_controller->run(m_model->criteria(), context,
                                                    m_targets->targets(), options, &error);
    if (!started)
        showProblem(tr("Not started"), error);
    updateButtons();
    return started;
}

void BulkWindow::retryFailed()
{
    QString error;
    if (!m_controller->retryFailed(&error))
        showProblem(tr("Not started"), error);
    updateButtons();
}

void BulkWindow::resumeJournal(const QString &path)
{
    QString error;
    if (!m_controller->resumeJournal(path, m_source().token, &error))
        showProblem(tr("The earlier run was not resumed"), error);
    updateButtons();
}

void BulkWindow::onRunStarted(BulkRun *run)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText->setText(run->progress().total == 0 ? QString() : tr("Starting…"));
    connect(run, &BulkRun::progressChanged, this, &BulkWindow::showProgress);
    connect(run, &BulkRun::paused, this, [this](int seconds) { showCountdown(seconds); });
    connect(run, &BulkRun::stateChanged, this, &BulkWindow::updateButtons);
    updateButtons();
}

void BulkWindow::showProgress(const BulkProgress &progress)
{
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.total - progress.remaining);
    const QString counts = tr("%1 done, %2 failed, %3 skipped, %4 remaining")
                               .arg(progress.created)
                               .arg(progress.failed)
                               .arg(progress.skipped)
                               .arg(progress.remaining);
    m_progressText->setText(counts + progress.paceText());
}

void BulkWindow::showCountdown(int seconds)
{
    m_secondsLeft = qMax(0, seconds);
    if (m_secondsLeft == 0) {
        m_countdown.stop();
        m_countdownText->setVisible(false);
        return;
    }
    m_countdownText->setText(tr("Rate limited: every request waits %n s.", nullptr, m_secondsLeft));
    m_countdownText->setVisible(true);
    if (!m_countdown.isActive())
        m_countdown.start();
}

QString BulkWindow::resultText(const BulkOutcome &outcome) const
{
    switch (outcome.result) {
    case BulkOutcome::Result::Created:
        return tr("Created");
    case BulkOutcome::Result::Skipped:
        return tr("Skipped");
    case BulkOutcome::Result::Failed:
        return tr("Failed");
    case BulkOutcome::Result::WouldCreate:
        return tr("Would be created");
    }
    return {};
}

void BulkWindow::showOutcome(int row, bool added)
{
    const BulkOutcome outcome = m_controller->outcomes().value(row);
    QTreeWidgetItem *item = added ? new QTreeWidgetItem(m_results) : m_results->topLevelItem(row);
    if (!item)
        return;
    item->setText(WorkspaceColumn,
                  outcome.displayName.isEmpty() ? outcome.workspaceId : outcome.displayName);
    item->setToolTip(WorkspaceColumn, outcome.workspaceId);
    item->setText(ResultColumn, resultText(outcome));
    item->setText(CriteriaColumn, outcome.criteriaId);
    item->setText(StatusColumn,
                  outcome.httpStatus > 0 ? QString::number(outcome.httpStatus) : QString());
    item->setText(MessageColumn, outcome.message);
    item->setToolTip(MessageColumn, outcome.message);
    item->setText(TrackingColumn, outcome.trackingId);
    if (item->isSelected())
        showRequest();
    updateButtons();
}

void BulkWindow::showRequest()
{
    const QList<QTreeWidgetItem *> selected = m_results->selectedItems();
    if (selected.isEmpty())
        return;
    const HttpRequestSpec spec =
        m_controller->requestFor(m_results->indexOfTopLevelItem(selected.first()));
    if (spec.method.isEmpty())
        m_preview->setPlaceholder(tr("No request: this workspace was not found."));
    else
        m_preview->setRequest(spec);
}

void BulkWindow::openExport()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    QFileDialog *dialog = FileChooser::toSave(
        this, tr("Export results"), QStringLiteral("results.csv"), tr("CSV files (*.csv)"),
        QStringLiteral("csv"), QStringLiteral("exportResultsDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, &BulkWindow::exportTo);
    m_exportDialog = dialog;
    dialog->open();
}

bool BulkWindow::exportTo(const QString &path)
{
    QString error;
    if (m_controller->exportResults(path, &error))
        return true;
    showProblem(tr("Results not exported"), error);
    return false;
}

void BulkWindow::showProblem(const QString &title, const QString &text)
{
    ProblemBox::open(this, title, text, QStringLiteral("bulkProblemBox"));
}

void BulkWindow::updateButtons()
{
    const BulkRun *run = m_controller->current();
    const bool busy = m_controller->isBusy();
    const bool valid = !CriteriaValidator::hasErrors(m_model->issues());
    const bool haveTargets = !m_targets->targets().isEmpty();
    m_template->setText(
        valid ? tr("Template: the criteria in the form (its own workspace ID is ignored).")
              : tr("The criteria in the form has errors: correct them in the main window "
                   "first."));
    m_check->setEnabled(!busy && valid && haveTargets);
    m_run->setEnabled(!busy && valid && haveTargets);
    m_pause->setEnabled(busy && !run->isPausedByUser() && !run->isCancelled());
    m_resume->setEnabled(busy && run->isPausedByUser());
    m_cancel->setEnabled(busy && !run->isCancelled());
    m_export->setEnabled(!busy && !m_controller->outcomes().isEmpty());
    m_retry->setEnabled(!busy && !m_controller->isDryRun() && m_controller->failedCount() > 0 &&
                        !m_controller->journalPath().isEmpty());
    m_duplicate->setEnabled(!busy);
    m_concurrency->setEnabled(!busy);
}

} // namespace seqring
