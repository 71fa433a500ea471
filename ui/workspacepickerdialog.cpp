#include "ui/workspacepickerdialog.h"

#include "ui/bulk/workspaceresultsmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace seqring
{

WorkspacePickerDialog::WorkspacePickerDialog(WorkspaceDirectory *directory, ContextSource source,
                                             QWidget *parent)
    : QDialog(parent), m_directory(directory), m_source(std::move(source)),
      m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_resultsLabel(new QLabel(this)), m_model(new WorkspaceResultsModel(this)),
      m_results(new QTreeView(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_stop(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_choose(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("workspacePickerDialog"));
    setWindowTitle(tr("Choose workspace"));
    m_search->setObjectName(QStringLiteral("workspaceSearchEdit"));
    m_results->setObjectName(QStringLiteral("workspaceResults"));
    m_progress->setObjectName(QStringLiteral("workspaceSearchProgress"));
    m_status->setObjectName(QStringLiteral("workspaceSearchStatus"));
    m_stop->setObjectName(QStringLiteral("stopSearchButton"));
    m_choose->setObjectName(QStringLiteral("chooseWorkspaceOkButton"));
    m_buttons->addButton(QDialogButtonBox::Close);

    m_searchLabel->setText(tr("Workspace &name contains"));
    m_searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Part of the workspace's name; empty lists all"));
    m_search->setClearButtonEnabled(true);
    m_resultsLabel->setText(tr("&Workspaces"));
    m_resultsLabel->setBuddy(m_results);
    m_model->setHeaderLabels({tr("Name"), tr("Location"), tr("Calling"), tr("License")});
    m_model->setDimmedBrush(palette().brush(QPalette::Disabled, QPalette::Text));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setAllColumnsShowFocus(true);
    m_results->setAccessibleName(tr("Workspaces found"));
    // A model appended a page at a time, rows of one height, and columns sized once from the
    // first page: appending a page then costs its own rows, not a new measure of every row.
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setAccessibleName(tr("Searching"));
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Stop the search in progress"));
    m_stop->setEnabled(false);
    m_choose->setText(tr("C&hoose"));
    m_choose->setEnabled(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_results, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_buttons);
    resize(720, 420);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &WorkspacePickerDialog::startSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_directory, &WorkspaceDirectory::searchPage, this, &WorkspacePickerDialog::appendRows);
    connect(m_directory, &WorkspaceDirectory::searchFinished, this,
            &WorkspacePickerDialog::showResults);
    connect(m_directory, &WorkspaceDirectory::searchFailed, this,
            &WorkspacePickerDialog::showFailure);
    connect(m_directory, &WorkspaceDirectory::searchProgress, this, [this](int pages, int items) {
        m_status->setText(tr("Searching… %n page(s) read", nullptr, pages) + QLatin1Char(' ') +
                          tr("(%n workspace(s) so far)", nullptr, items));
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_directory->cancelSearch();
        setBusy(false);
        m_status->setText(tr("Search stopped. Type to search again."));
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkspacePickerDialog::updateChoose);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkspacePickerDialog::updateChoose);
    connect(m_results, &QTreeView::activated, this, [this] { chooseCurrent(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkspacePickerDialog::chooseCurrent);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, m_directory, [this] {
        if (m_directory->isBusy())
            m_directory->cancelSearch();
    });
}

void WorkspacePickerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous() && m_searches == 0)
        m_debounce.start(); // list the first workspaces right away
    m_search->setFocus(Qt::OtherFocusReason);
}

QString WorkspacePickerDialog::statusText() const
{
    return m_status->text();
}

WorkspaceEntry WorkspacePickerDialog::entryAt(int row) const
{
    return m_model->entries().value(row);
}

void WorkspacePickerDialog::startSearch()
{
    ++m_searches;
    setBusy(true);
    m_status->setText(tr("Searching…"));
    m_serial = m_directory->search(m_source(), m_search->text());
}

void WorkspacePickerDialog::appendRows(quint64 serial, const QList<WorkspaceEntry> &entries)
{
    if (serial != m_serial)
        return;
    const bool first = m_shownSerial != serial;
    if (first) {
        m_shownSerial = serial;
        m_model->clear();
    }
    m_model->append(entries);
    if (first) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_results->resizeColumnToContents(column);
    }
}

void WorkspacePickerDialog::showResults(quint64 serial, const QList<WorkspaceEntry> &entries)
{
    if (serial != m_serial)
        return;
    setBusy(false);
    if (m_shownSerial != serial) // no page had a row
        appendRows(serial, entries);
    m_status->setText(entries.isEmpty()
                          ? tr("No workspace name contains \"%1\".").arg(m_search->text())
                          : tr("%n workspace(s) found.", nullptr, int(entries.size())));
    updateChoose();
    Q_EMIT resultsShown();
}

void WorkspacePickerDialog::showFailure(quint64 serial, const QString &message)
{
    if (serial != m_serial)
        return;
    setBusy(false);
    m_status->setText(message);
    Q_EMIT resultsShown();
}

void WorkspacePickerDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setEnabled(busy);
}

int WorkspacePickerDialog::currentRow() const
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid() || !m_results->selectionModel()->isSelected(current))
        return -1;
    return current.row();
}

void WorkspacePickerDialog::updateChoose()
{
    const int row = currentRow();
    m_choose->setEnabled(row >= 0 && entryAt(row).selectable());
}

void WorkspacePickerDialog::chooseCurrent()
{
    const int row = currentRow();
    if (row < 0 || !entryAt(row).selectable())
        return;
    Q_EMIT workspaceChosen(entryAt(row));
    accept();
}

} // namespace seqring
