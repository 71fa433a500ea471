#include "ui/bulk/matchwindow.h"

#include "ui/bulk/bulktargetspanel.h"
#include "ui/requestpreview.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seqring
{

MatchWindow::MatchWindow(SyncController *controller, WorkspaceDirectory *directory,
                         ContextSource source, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_source(std::move(source)),
      m_targets(new BulkTargetsPanel(directory, m_source, this)), m_template(new QLabel(this)),
      m_concurrencyLabel(new QLabel(this)), m_resultsLabel(new QLabel(this)),
      m_actionsLabel(new QLabel(this)), m_progressText(new QLabel(this)),
      m_allowDelete(new QCheckBox(this)), m_concurrency(new QSpinBox(this)),
      m_check(new QPushButton(this)), m_run(new QPushButton(this)), m_pause(new QPushButton(this)),
      m_resume(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_export(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_results(new QTreeWidget(this)), m_actions(new QTreeWidget(this)),
      m_preview(new RequestPreview(this))
{
    setObjectName(QStringLiteral("matchWindow"));
    setWindowFlag(Qt::Window);
    setModal(false);
    m_template->setObjectName(QStringLiteral("matchTemplateLabel"));
    m_allowDelete->setObjectName(QStringLiteral("allowDeleteCheck"));
    m_concurrency->setObjectName(QStringLiteral("matchConcurrencySpin"));
    m_check->setObjectName(QStringLiteral("matchCheckButton"));
    m_run->setObjectName(QStringLiteral("matchRunButton"));
    m_pause->setObjectName(QStringLiteral("matchPauseButton"));
    m_resume->setObjectName(QStringLiteral("matchResumeButton"));
    m_cancel->setObjectName(QStringLiteral("matchCancelButton"));
    m_export->setObjectName(QStringLiteral("matchExportButton"));
    m_progress->setObjectName(QStringLiteral("matchProgressBar"));
    m_progressText->setObjectName(QStringLiteral("matchProgressText"));
    m_results->setObjectName(QStringLiteral("matchResultsTable"));
    m_actions->setObjectName(QStringLiteral("matchActionsTable"));
    m_preview->setObjectName(QStringLiteral("matchRequestPreview"));
    m_concurrency->setRange(1, BulkOptions::kMaxConcurrency);
    m_concurrency->setValue(BulkOptions::kDefaultConcurrency);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_resultsLabel->setBuddy(m_results);
    m_actionsLabel->setBuddy(m_actions);
    for (QTreeWidget *view : {m_results, m_actions}) {
        view->setRootIsDecorated(false);
        view->setAllColumnsShowFocus(true);
        view->header()->setStretchLastSection(true);
    }
    m_results->setColumnCount(ResultColumn + 1);
    m_results->setColumnWidth(WorkspaceColumn, 180);
    m_results->setColumnWidth(PlanColumn, 260);
    m_actions->setColumnCount(MessageColumn + 1);
    m_actions->setColumnWidth(ActionColumn, 130);
    m_actions->setColumnWidth(CriteriaColumn, 110);
    m_actions->setColumnWidth(ActionResultColumn, 80);
    m_template->setWordWrap(true);
    m_progressText->setWordWrap(true);
    buildLayout();

    connect(m_check, &QPushButton::clicked, this, &MatchWindow::check);
    connect(m_run, &QPushButton::clicked, this, &MatchWindow::run);
    connect(m_export, &QPushButton::clicked, this, &MatchWindow::openExport);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (SyncRun *current = m_controller->current())
            current->pause();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (SyncRun *current = m_controller->current())
            current->resume();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runAfterCheck = false;
        if (SyncRun *current = m_controller->current())
            current->cancel();
    });
    connect(m_controller, &SyncController::templateChanged, this, &MatchWindow::showTemplate);
    connect(m_controller, &SyncController::runStarted, this, &MatchWindow::onRunStarted);
    connect(m_controller, &SyncController::outcomesReset, this, [this] {
        m_results->clear();
        m_actions->clear();
    });
    connect(m_controller, &SyncController::outcomeAdded, this, &MatchWindow::showOutcome);
    connect(m_controller, &SyncController::runFinished, this, &MatchWindow::onFinished);
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &MatchWindow::showActions);
    connect(m_actions, &QTreeWidget::itemSelectionChanged, this, &MatchWindow::showRequest);
    connect(m_targets, &BulkTargetsPanel::targetsChanged, this, &MatchWindow::updateButtons);
    connect(m_targets, &BulkTargetsPanel::problem, this, &MatchWindow::showProblem);
    retranslate();
    showTemplate();
    resize(1200, 760);
}

void MatchWindow::buildLayout()
{
    auto *options = new QGridLayout;
    options->addWidget(m_allowDelete, 0, 0);
    options->addWidget(m_concurrencyLabel, 0, 1);
    options->addWidget(m_concurrency, 0, 2);
    options->setColumnStretch(3, 1);
    auto *controls = new QHBoxLayout;
    for (QPushButton *button : {m_check, m_run, m_pause, m_resume, m_cancel, m_export})
        controls->addWidget(button);
    controls->addStretch(1);
    auto *right = new QWidget(this);
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_template);
    column->addLayout(options);
    column->addLayout(controls);
    column->addWidget(m_progress);
    column->addWidget(m_progressText);
    column->addWidget(m_resultsLabel);
    column->addWidget(m_results, 2);
    column->addWidget(m_actionsLabel);
    column->addWidget(m_actions, 1);
    column->addWidget(m_preview, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_targets);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void MatchWindow::retranslate()
{
    setWindowTitle(tr("Make them match"));
    m_allowDelete->setText(tr("Allow &deleting criteria"));
    m_allowDelete->setToolTip(tr("Delete the criteria a target has and the template has not; "
                                 "off, they are kept and the target does not match"));
    m_concurrencyLabel->setText(tr("&Concurrency"));
    m_check->setText(tr("Chec&k"));
    m_check->setToolTip(tr("Read every target and show what would change; nothing is sent"));
    m_run->setText(tr("&Run"));
    m_pause->setText(tr("&Pause"));
    m_resume->setText(tr("R&esume"));
    m_cancel->setText(tr("Ca&ncel"));
    m_export->setText(tr("E&xport results…"));
    m_resultsLabel->setText(tr("Plans and res&ults"));
    m_actionsLabel->setText(tr("Actions of the se&lected workspace"));
    m_results->setHeaderLabels({tr("Workspace"), tr("Plan"), tr("Result")});
    m_actions->setHeaderLabels({tr("Action"), tr("Criteria ID"), tr("Result"), tr("Message")});
    m_results->setAccessibleName(tr("Plans and results"));
    m_actions->setAccessibleName(tr("Actions of the selected workspace"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progressText->setAccessibleName(tr("Progress"));
    m_template->setAccessibleName(tr("Template"));
    showTemplate();
}

void MatchWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MatchWindow::showTemplate()
{
    const auto &templateState = m_controller->templateState();
    if (m_controller->isReadingTemplate()) {
        m_template->setText(tr("Reading the template…"));
    } else if (templateState) {
        const bool on = templateState->settings && templateState->settings->enabled;
        m_template->setText(
            tr("Template: %1 — its ring settings (sequential ring %2) and %n criteria; every "
               "target is made equal to it.",
               nullptr, int(templateState->criteria.size()))
                .arg(templateState->displayName, on ? tr("on") : tr("off")));
    } else if (!m_controller->desired().isEmpty()) {
        m_template->setText(tr("Each target is made equal to its entry in the state file "
                               "(%n workspaces).",
                               nullptr, int(m_controller->desired().size())));
    } else {
        m_template->setText(
            tr("The template could not be read: %1").arg(m_controller->templateError()));
    }
    updateButtons();
}

void MatchWindow::updateButtons()
{
    const bool busy = m_controller->isBusy();
    SyncRun *current = m_controller->current();
    const bool ready = (m_controller->templateState() || !m_controller->desired().isEmpty()) &&
                       !m_targets->targets().isEmpty();
    m_check->setEnabled(!busy && ready);
    m_run->setEnabled(!busy && ready && !m_confirm);
    m_pause->setEnabled(busy && current && !current->isPausedByUser() && !current->isCancelled());
    m_resume->setEnabled(busy && current && current->isPausedByUser());
    m_cancel->setEnabled(busy && current && !current->isCancelled());
    m_export->setEnabled(!busy && !m_controller->outcomes().isEmpty());
    m_allowDelete->setEnabled(!busy);
    m_concurrency->setEnabled(!busy);
}

void MatchWindow::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace seqring
