#include "ui/overview/overviewwindow.h"

#include "app/files/bulkrunrecord.h"
#include "app/files/statefile.h"
#include "ui/overview/overviewmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace seqring
{

OverviewWindow::OverviewWindow(ApiClient *client, ContextSource source, QWidget *parent)
    : QDialog(parent), m_client(client), m_source(std::move(source)),
      m_model(new OverviewModel(this)), m_filter(new OverviewFilter(this)),
      m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_ringOn(new QCheckBox(this)),
      m_outside(new QCheckBox(this)), m_table(new QTableView(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_readButton(new QPushButton(this)), m_cancelButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("overviewWindow"));
    setWindowFlag(Qt::Window);
    m_filter->setSourceModel(m_model);
    buildLayout();
    connect(m_name, &QLineEdit::textChanged, m_filter, &OverviewFilter::setNameFilter);
    connect(m_ringOn, &QCheckBox::toggled, m_filter, &OverviewFilter::setRingOnOnly);
    connect(m_outside, &QCheckBox::toggled, m_filter, &OverviewFilter::setOutsideOnly);
    connect(m_readButton, &QPushButton::clicked, this, &OverviewWindow::read);
    connect(m_cancelButton, &QPushButton::clicked, this, &OverviewWindow::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &OverviewWindow::openExport);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(OverviewModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT workspaceActivated(id);
    });
    retranslate();
    resize(900, 560);
    updateButtons();
}

OverviewWindow::~OverviewWindow()
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

void OverviewWindow::buildLayout()
{
    m_name->setObjectName(QStringLiteral("overviewNameFilter"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_ringOn->setObjectName(QStringLiteral("overviewRingOnFilter"));
    m_outside->setObjectName(QStringLiteral("overviewOutsideFilter"));
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewModel::WorkspaceColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OverviewModel::WorkspaceColumn,
                                                      QHeaderView::Stretch);
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_readButton->setObjectName(QStringLiteral("overviewReadButton"));
    m_cancelButton->setObjectName(QStringLiteral("overviewCancelButton"));
    m_exportButton->setObjectName(QStringLiteral("overviewExportButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_nameLabel);
    filters->addWidget(m_name, 1);
    filters->addWidget(m_ringOn);
    filters->addWidget(m_outside);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_readButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(progress);
    layout->addLayout(buttons);
}

void OverviewWindow::retranslate()
{
    setWindowTitle(tr("Organization overview"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("Part of a workspace's name"));
    m_ringOn->setText(tr("&Sequential ring on"));
    m_outside->setText(tr("&Has numbers outside the organisation"));
    m_table->setAccessibleName(tr("Workspaces"));
    m_progress->setAccessibleName(tr("Progress of the read"));
    m_readButton->setText(tr("&Read again"));
    m_readButton->setToolTip(tr("Read every workspace of the organisation again"));
    m_cancelButton->setText(tr("&Cancel"));
    m_exportButton->setText(tr("&Export…"));
    m_exportButton->setToolTip(
        tr("Write what was read as a state file (JSON) or as its summary (CSV)"));
    m_model->retranslate();
    if (isReading())
        showProgress(m_run->progress());
}

void OverviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OverviewWindow::read()
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
        m_run->deleteLater();
    }
    m_model->clear();
    m_cancelled = false;
    m_readContext = m_source();
    m_readContext.workspaceId.clear();
    m_readAt = QDateTime::currentDateTimeUtc();
    auto *run = new StateExport(m_client, BulkOptions::kDefaultConcurrency, this);
    run->setDefaultRegion(m_region);
    m_run = run;
    connect(run, &StateExport::workspaceRead, this, [this](const WorkspaceState &state) {
        m_model->setOrganisationNumbers(m_run->organisationNumbers());
        m_model->addState(state);
    });
    connect(run, &StateExport::workspaceFailed, m_model, &OverviewModel::addFailure);
    connect(run, &StateExport::progressChanged, this, &OverviewWindow::showProgress);
    connect(run, &StateExport::paused, this, [this](int seconds) {
        m_status->setText(tr("Rate limited: every request waits %1 s.").arg(seconds));
    });
    connect(run, &StateExport::finished, this, &OverviewWindow::onFinished);
    showProgress({});
    updateButtons();
    run->start(m_readContext);
}

void OverviewWindow::cancel()
{
    if (!isReading())
        return;
    m_cancelled = true;
    m_run->cancel();
}

void OverviewWindow::showProgress(const StateExportProgress &progress)
{
    const int done = progress.read + progress.failed;
    m_progress->setRange(0, qMax(progress.total(), 0)); // busy until the total is known
    m_progress->setValue(done);
    m_status->setText(progress.total() >= 0 ? tr("%1 of %2 workspaces read, %3 failed")
                                                  .arg(progress.read)
                                                  .arg(progress.total())
                                                  .arg(progress.failed)
                                            : tr("%1 workspaces read, %2 failed; listing…")
                                                  .arg(progress.read)
                                                  .arg(progress.failed));
}

void OverviewWindow::onFinished(const QString &error)
{
    const StateExportProgress progress = m_run->progress();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_cancelled)
        m_status->setText(tr("Cancelled: %1 workspaces read, %2 failed.")
                              .arg(progress.read)
                              .arg(progress.failed));
    else
        m_status->setText(
            tr("%1 workspaces read, %2 failed.").arg(progress.read).arg(progress.failed));
    updateButtons();
    Q_EMIT readFinished();
}

void OverviewWindow::updateButtons()
{
    const bool reading = isReading();
    m_progress->setVisible(reading);
    m_cancelButton->setVisible(reading);
    m_readButton->setEnabled(!reading);
    m_exportButton->setEnabled(!reading && !m_model->states().isEmpty());
}

void OverviewWindow::openExport()
{
    if (m_exportDialog && m_exportDialog->isVisible()) {
        m_exportDialog->raise();
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export the overview"), QStringLiteral("state.json"),
                                   tr("State file (*.json);;Summary (*.csv)"));
    dialog->setObjectName(QStringLiteral("overviewExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv")
                                                                         : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &OverviewWindow::exportTo);
    m_exportDialog = dialog;
    dialog->open();
}

bool OverviewWindow::exportTo(const QString &path)
{
    QString error;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        bool ok = file.open(QIODevice::WriteOnly) && file.write(StateFile::summaryHeader()) >= 0;
        for (const WorkspaceSummary &summary : m_model->summaries())
            ok = ok && file.write(StateFile::summaryRow(summary)) >= 0;
        if (ok && file.commit())
            return true;
        error = tr("%1 cannot be written: %2").arg(path, file.errorString());
    } else {
        StateFileWriter writer(path);
        StateHeader header;
        header.exportedAt = m_readAt;
        header.apiRoot = m_readContext.apiRoot;
        header.orgId = m_readContext.orgId;
        bool ok = writer.begin(header);
        for (const WorkspaceState &state : m_model->states())
            ok = ok && writer.append(state);
        if (ok && writer.commit())
            return true;
        error = writer.errorString();
    }
    showProblem(tr("Overview not exported"), error);
    return false;
}

void OverviewWindow::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("overviewProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace seqring
