#include "ui/bulk/bulktargetspanel.h"

#include "models/webexid.h"
#include "ui/filechooser.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace seqring
{

namespace
{
QString keyOf(const BulkTarget &target)
{
    return target.workspaceId.isEmpty() ? QStringLiteral("name:") + target.displayName
                                        : WebexId::key(target.workspaceId);
}
} // namespace

BulkTargetsPanel::BulkTargetsPanel(WorkspaceDirectory *directory, ContextSource source,
                                   QWidget *parent)
    : QWidget(parent), m_directory(directory), m_source(std::move(source)),
      m_searchLabel(new QLabel(this)), m_locationLabel(new QLabel(this)),
      m_resultsLabel(new QLabel(this)), m_targetsLabel(new QLabel(this)),
      m_status(new QLabel(this)), m_search(new QLineEdit(this)), m_location(new QComboBox(this)),
      m_results(new QTreeWidget(this)), m_targetsView(new QTreeWidget(this)),
      m_selectAll(new QPushButton(this)), m_addSelected(new QPushButton(this)),
      m_import(new QPushButton(this)), m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("bulkTargetsPanel"));
    m_search->setObjectName(QStringLiteral("bulkSearchEdit"));
    m_location->setObjectName(QStringLiteral("bulkLocationCombo"));
    m_results->setObjectName(QStringLiteral("bulkSearchResults"));
    m_targetsView->setObjectName(QStringLiteral("bulkTargetsView"));
    m_status->setObjectName(QStringLiteral("bulkSearchStatus"));
    m_selectAll->setObjectName(QStringLiteral("selectAllResultsButton"));
    m_addSelected->setObjectName(QStringLiteral("addSelectedButton"));
    m_import->setObjectName(QStringLiteral("importTargetsButton"));
    m_remove->setObjectName(QStringLiteral("removeTargetsButton"));
    m_searchLabel->setBuddy(m_search);
    m_locationLabel->setBuddy(m_location);
    m_resultsLabel->setBuddy(m_results);
    m_targetsLabel->setBuddy(m_targetsView);
    m_search->setClearButtonEnabled(true);
    for (QTreeWidget *view : {m_results, m_targetsView}) {
        view->setRootIsDecorated(false);
        view->setAllColumnsShowFocus(true);
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1);
    filters->addWidget(m_locationLabel, 1, 0);
    filters->addWidget(m_location, 1, 1);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_selectAll);
    resultButtons->addWidget(m_addSelected);
    resultButtons->addStretch(1);
    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(m_import);
    targetButtons->addWidget(m_remove);
    targetButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_status);
    layout->addLayout(resultButtons);
    layout->addWidget(m_targetsLabel);
    layout->addWidget(m_targetsView, 1);
    layout->addLayout(targetButtons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &BulkTargetsPanel::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_location, &QComboBox::currentIndexChanged, this, &BulkTargetsPanel::applyFilter);
    connect(m_directory, &WorkspaceDirectory::searchFinished, this, &BulkTargetsPanel::showResults);
    connect(m_directory, &WorkspaceDirectory::searchFailed, this,
            [this](quint64 serial, const QString &message) {
                if (serial == m_serial)
                    m_status->setText(message);
            });
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &BulkTargetsPanel::updateButtons);
    connect(m_targetsView, &QTreeWidget::itemSelectionChanged, this,
            &BulkTargetsPanel::updateButtons);
    connect(m_selectAll, &QPushButton::clicked, this, &BulkTargetsPanel::selectAll);
    connect(m_addSelected, &QPushButton::clicked, this, &BulkTargetsPanel::addSelected);
    connect(m_import, &QPushButton::clicked, this, &BulkTargetsPanel::openImport);
    connect(m_remove, &QPushButton::clicked, this, &BulkTargetsPanel::removeSelected);
    retranslate();
    updateButtons();
}

void BulkTargetsPanel::retranslate()
{
    m_searchLabel->setText(tr("Workspace na&me contains"));
    m_search->setPlaceholderText(tr("Part of the workspace's name; empty lists all"));
    m_locationLabel->setText(tr("L&ocation"));
    m_resultsLabel->setText(tr("Found &workspaces"));
    m_targetsLabel->setText(tr("&Targets"));
    m_results->setHeaderLabels({tr("Name"), tr("Location"), tr("License")});
    m_targetsView->setHeaderLabels({tr("Workspace"), tr("Workspace ID")});
    m_results->setAccessibleName(tr("Found workspaces"));
    m_targetsView->setAccessibleName(tr("Targets"));
    m_selectAll->setText(tr("Select &all results"));
    m_addSelected->setText(tr("Add &selected"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Add the workspaces of a file: one ID or exact display name per "
                            "line, or a CSV with a workspaceId or displayName column"));
    m_remove->setText(tr("Remo&ve"));
    if (m_location->count() > 0)
        m_location->setItemText(0, tr("All locations"));
    showTargets();
}

void BulkTargetsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BulkTargetsPanel::searchNow()
{
    m_debounce.stop();
    m_status->setText(tr("Searching…"));
    m_serial = m_directory->search(m_source(), m_search->text());
}

void BulkTargetsPanel::showResults(quint64 serial, const QList<WorkspaceEntry> &entries)
{
    if (serial != m_serial)
        return;
    m_entries = entries;
    m_results->clear();
    for (const WorkspaceEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, entry.name);
        item->setText(1, entry.locationName.isEmpty() ? tr("(unknown)") : entry.locationName);
        const QString reason = entry.reason();
        item->setText(2, reason.isEmpty() ? entry.licenseText()
                                          : tr("%1 — %2").arg(entry.licenseText(), reason));
        item->setData(0, Qt::UserRole, entry.id);
        if (!entry.selectable()) {
            item->setFlags(Qt::ItemIsEnabled);
            for (int column = 0; column < 3; ++column) {
                item->setToolTip(column, reason);
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    fillLocations();
    applyFilter();
    Q_EMIT resultsShown();
}

void BulkTargetsPanel::fillLocations()
{
    const QString current = m_location->currentIndex() > 0 ? m_location->currentText() : QString();
    QStringList names;
    for (const WorkspaceEntry &entry : std::as_const(m_entries)) {
        if (!entry.locationName.isEmpty() && !names.contains(entry.locationName))
            names.append(entry.locationName);
    }
    std::sort(names.begin(), names.end());
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"));
    m_location->addItems(names);
    m_location->setCurrentIndex(qMax(0, m_location->findText(current)));
}

void BulkTargetsPanel::applyFilter()
{
    const QString location = m_location->currentIndex() > 0 ? m_location->currentText() : QString();
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        const bool shown = location.isEmpty() || m_entries.value(row).locationName == location;
        m_results->topLevelItem(row)->setHidden(!shown);
        if (!shown)
            m_results->topLevelItem(row)->setSelected(false);
    }
    const int shown = visibleResults();
    m_status->setText(shown == 0 ? tr("No workspace found.")
                                 : tr("%n workspace(s) found.", nullptr, shown));
    updateButtons();
}

int BulkTargetsPanel::visibleResults() const
{
    int shown = 0;
    for (int row = 0; row < m_results->topLevelItemCount(); ++row)
        shown += m_results->topLevelItem(row)->isHidden() ? 0 : 1;
    return shown;
}

void BulkTargetsPanel::selectAll()
{
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_results->topLevelItem(row);
        item->setSelected(!item->isHidden() && m_entries.value(row).selectable());
    }
    m_results->setFocus(Qt::OtherFocusReason);
}

void BulkTargetsPanel::addSelected()
{
    QList<BulkTarget> chosen;
    for (int row = 0; row < m_results->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_results->topLevelItem(row);
        const WorkspaceEntry entry = m_entries.value(row);
        if (item->isSelected() && !item->isHidden() && entry.selectable())
            chosen.append({entry.id, entry.name, 0});
    }
    addTargets(chosen);
}

void BulkTargetsPanel::addTargets(const QList<BulkTarget> &targets)
{
    QStringList known;
    for (const BulkTarget &target : std::as_const(m_targets))
        known.append(keyOf(target));
    for (const BulkTarget &target : targets) {
        if (known.contains(keyOf(target)))
            continue;
        known.append(keyOf(target));
        m_targets.append(target);
    }
    showTargets();
    Q_EMIT targetsChanged();
}

bool BulkTargetsPanel::importFile(const QString &path, QString *error)
{
    QList<BulkTarget> targets;
    if (!TargetsFile::read(path, &targets, error))
        return false;
    addTargets(targets);
    return true;
}

void BulkTargetsPanel::openImport()
{
    if (m_importDialog) {
        m_importDialog->raise();
        return;
    }
    QFileDialog *dialog = FileChooser::toOpen(this, tr("Import workspaces"),
                                              tr("Workspace lists (*.csv *.txt);;All files (*)"),
                                              QStringLiteral("importTargetsDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!importFile(path, &error))
            Q_EMIT problem(tr("Workspaces not imported"), error);
    });
    m_importDialog = dialog;
    dialog->open();
}

void BulkTargetsPanel::removeSelected()
{
    QList<BulkTarget> kept;
    for (int row = 0; row < m_targetsView->topLevelItemCount(); ++row) {
        if (!m_targetsView->topLevelItem(row)->isSelected())
            kept.append(m_targets.value(row));
    }
    m_targets = kept;
    showTargets();
    Q_EMIT targetsChanged();
}

void BulkTargetsPanel::showTargets()
{
    m_targetsView->clear();
    for (const BulkTarget &target : std::as_const(m_targets)) {
        auto *item = new QTreeWidgetItem(m_targetsView);
        item->setText(0, target.displayName.isEmpty() ? target.workspaceId : target.displayName);
        item->setText(1, target.workspaceId.isEmpty() ? tr("(found by name when run)")
                                                      : target.workspaceId);
    }
    updateButtons();
}

void BulkTargetsPanel::updateButtons()
{
    m_selectAll->setEnabled(visibleResults() > 0);
    m_addSelected->setEnabled(!m_results->selectedItems().isEmpty());
    m_remove->setEnabled(!m_targetsView->selectedItems().isEmpty());
}

} // namespace seqring
