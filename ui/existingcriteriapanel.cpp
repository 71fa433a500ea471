#include "ui/existingcriteriapanel.h"

#include "app/workspace/workspacecontext.h"
#include "ui/criteriadetailview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seqring
{

ExistingCriteriaPanel::ExistingCriteriaPanel(WorkspaceContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_settings(new QLabel(this)),
      m_listLabel(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_lookupProblem(new QLabel(this)), m_refresh(new QPushButton(this)),
      m_stop(new QPushButton(this)), m_ringSettings(new QPushButton(this)),
      m_copy(new QPushButton(this)), m_detail(new CriteriaDetailView(this))
{
    setObjectName(QStringLiteral("existingCriteriaPanel"));
    m_settings->setObjectName(QStringLiteral("ringSettingsLabel"));
    m_list->setObjectName(QStringLiteral("existingCriteriaList"));
    m_status->setObjectName(QStringLiteral("existingCriteriaStatus"));
    m_listLabel->setObjectName(QStringLiteral("existingCriteriaLabel"));
    m_refresh->setObjectName(QStringLiteral("refreshCriteriaButton"));
    m_stop->setObjectName(QStringLiteral("stopLookupButton"));
    m_ringSettings->setObjectName(QStringLiteral("ringSettingsButton"));
    m_copy->setObjectName(QStringLiteral("copyToOthersButton"));
    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_lookupProblem->setObjectName(QStringLiteral("lookupProblemLabel"));
    m_lookupProblem->setVisible(false);
    for (QLabel *label : {m_settings, m_status, m_lookupProblem}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_listLabel->setBuddy(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(90);
    // Its preferred height follows its rows, so that in a short window the details below it
    // get the room (it still grows into what is left).
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    retranslate();

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop);
    statusRow->addWidget(m_refresh);
    statusRow->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lookupProblem);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settings, 1);
    settingsRow->addWidget(m_ringSettings, 0, Qt::AlignTop);
    layout->addLayout(settingsRow);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_detail);

    auto updateBusy = [this](bool busy) {
        m_progress->setVisible(busy);
        m_stop->setEnabled(busy);
    };
    updateBusy(m_context->isBusy());
    connect(m_context, &WorkspaceContext::busyChanged, this, updateBusy);
    connect(m_context, &WorkspaceContext::settingsChanged, this,
            &ExistingCriteriaPanel::showSettings);
    connect(m_context->target(), &TargetModel::workspaceStateChanged, this,
            &ExistingCriteriaPanel::showSettings);
    connect(m_context, &WorkspaceContext::schedulesChanged, this, [this] {
        m_lookupProblem->setText(m_context->schedulesProblem());
        m_lookupProblem->setVisible(!m_context->schedulesProblem().isEmpty());
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { m_context->refreshCriteria(); });
    connect(m_stop, &QPushButton::clicked, m_context, &WorkspaceContext::cancel);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ExistingCriteriaPanel::loadSelected);
    SequentialRingReader *reader = m_context->reader();
    connect(reader, &SequentialRingReader::criteriaRead, this,
            [this](const QString &id, const Criteria &criteria) {
                if (QTreeWidgetItem *item = m_list->currentItem();
                    item && item->data(0, Qt::UserRole).toString() == id)
                    m_detail->setCriteria(id, criteria);
            });
    connect(reader, &SequentialRingReader::criteriaDeleted, this, [this](const QString &id) {
        m_detail->setCriteria(QString(), std::nullopt);
        m_status->setText(tr("The criteria %1 was deleted.").arg(id));
        m_context->refreshCriteria();
    });
    connect(reader, &SequentialRingReader::failed, this,
            [this](const QString &message, const ApiResult &result) {
                m_status->setText(message);
                Q_EMIT requestFailed(result);
            });
    connect(m_detail, &CriteriaDetailView::useAsTemplate, this,
            &ExistingCriteriaPanel::useAsTemplate);
    connect(m_ringSettings, &QPushButton::clicked, this,
            &ExistingCriteriaPanel::ringSettingsRequested);
    connect(m_copy, &QPushButton::clicked, this, &ExistingCriteriaPanel::copyToOthersRequested);
    connect(m_detail, &CriteriaDetailView::editRequested, this,
            &ExistingCriteriaPanel::editRequested);
    connect(m_detail, &CriteriaDetailView::deleteRequested, this,
            &ExistingCriteriaPanel::confirmDelete);
    showSettings();
}

void ExistingCriteriaPanel::placeInTabOrderAfter(QWidget *before)
{
    // The panel's inputs, in the order they were made, right after `before`.
    QWidget *next = before->nextInFocusChain();
    while (next != before && isAncestorOf(next))
        next = next->nextInFocusChain();
    QWidget *previous = before;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus))
            continue;
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, next);
}

QString ExistingCriteriaPanel::settingsText() const
{
    return m_settings->text();
}
QString ExistingCriteriaPanel::statusText() const
{
    return m_status->text();
}
QString ExistingCriteriaPanel::lookupProblemText() const
{
    return m_lookupProblem->text();
}

int ExistingCriteriaPanel::highlightedRow() const
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole + 1).toBool())
            return row;
    }
    return -1;
}

QStringList ExistingCriteriaPanel::listedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids.append(m_list->topLevelItem(row)->data(0, Qt::UserRole).toString());
    return ids;
}

void ExistingCriteriaPanel::showSettings()
{
    m_list->clear();
    m_detail->setCriteria(QString(), std::nullopt);
    const auto workspace = m_context->target()->workspace();
    const auto settings = m_context->settings();
    if (!workspace) {
        m_settings->setText(tr("Choose a workspace to see its criteria."));
        return;
    }
    if (!workspace->selectable()) {
        m_settings->setText(tr("%1: %2.").arg(workspace->title(), workspace->reason()));
        return;
    }
    if (!settings) {
        m_settings->setText(
            m_context->settingsProblem().isEmpty()
                ? tr("Reading the sequential ring settings of %1…").arg(workspace->title())
                : m_context->settingsProblem());
        return;
    }
    QStringList numbers;
    for (const RingNumber &number : settings->numbers)
        numbers.append(number.answerConfirmation
                           ? tr("%1 (%n ring(s), answer confirmation)", nullptr, number.rings)
                                 .arg(number.phoneNumber)
                           : tr("%1 (%n ring(s))", nullptr, number.rings).arg(number.phoneNumber));
    const QString state =
        settings->enabled ? tr("Sequential ring is on.") : tr("Sequential ring is off.");
    m_settings->setText(
        numbers.isEmpty()
            ? tr("%1 No numbers are rung.").arg(state)
            : tr("%1 Numbers rung in turn: %2.").arg(state, numbers.join(QLatin1String("; "))));
    const QString highlight = m_context->highlightId();
    for (const CriteriaSummary &summary : settings->criteria) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ScheduleColumn, summary.scheduleName.isEmpty() ? tr("All hours, all days")
                                                                     : summary.scheduleName);
        item->setText(SourceColumn,
                      summary.allNumbers ? tr("All numbers") : tr("Specific numbers"));
        item->setText(RingColumn, summary.ringEnabled ? tr("Rings") : tr("Does not ring"));
        item->setData(0, Qt::UserRole, summary.id);
        if (!highlight.isEmpty() && summary.id == highlight) {
            item->setData(0, Qt::UserRole + 1, true);
            for (int column = 0; column < 3; ++column) {
                QFont font = item->font(column);
                font.setBold(true);
                item->setFont(column, font);
                item->setBackground(column, palette().brush(QPalette::AlternateBase));
            }
            const bool created = m_context->highlightKind() == WorkspaceContext::Highlight::Created;
            item->setText(
                ScheduleColumn,
                (created ? tr("%1 (new)") : tr("%1 (changed)")).arg(item->text(ScheduleColumn)));
            m_list->scrollToItem(item);
        }
    }
    m_status->setText(settings->criteria.isEmpty()
                          ? tr("The workspace has no criteria yet.")
                          : tr("%n criteria.", nullptr, int(settings->criteria.size())));
}

void ExistingCriteriaPanel::loadSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    m_detail->setCriteria(id, std::nullopt);
    m_detail->setMessage(tr("Reading the criteria…"));
    m_context->reader()->readCriteria(m_context->target()->requestContext(), id);
}

void ExistingCriteriaPanel::confirmDelete(const QString &id)
{
    if (m_confirm)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete criteria"),
                                tr("Delete the criteria (%1) of %2?\nID: %3\nThis cannot be "
                                   "undone.")
                                    .arg(m_detail->describe(),
                                         m_context->target()->workspace()
                                             ? m_context->target()->workspace()->title()
                                             : m_context->workspaceId(),
                                         id),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteCriteriaConfirm"));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id] {
        m_status->setText(tr("Deleting the criteria…"));
        m_context->reader()->deleteCriteria(m_context->target()->requestContext(), id);
    });
    m_confirm = box;
    box->open();
}

void ExistingCriteriaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showSettings(); // the summary and rows in the new language
    }
    QWidget::changeEvent(event);
}

void ExistingCriteriaPanel::retranslate()
{
    m_listLabel->setText(tr("E&xisting criteria"));
    m_status->setAccessibleName(tr("Existing criteria status"));
    m_list->setHeaderLabels({tr("Schedule"), tr("Calls from"), tr("Rings")});
    m_list->setAccessibleName(tr("Existing criteria"));
    m_progress->setAccessibleName(tr("Looking up"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh); // after setText, which resets it
    m_refresh->setToolTip(tr("Read the workspace's criteria again (F5)"));
    m_stop->setText(tr("Stop"));
    m_ringSettings->setText(tr("Sequential ring settings…"));
    m_ringSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ringSettings->setToolTip(
        tr("Turn sequential ring on or off and choose the numbers it rings (Ctrl+R)"));
    m_stop->setToolTip(tr("Stop the lookups in progress"));
    m_copy->setText(tr("Copy to other workspaces…"));
    m_copy->setToolTip(tr("Make other workspaces match this one: its ring settings and criteria"));
}

} // namespace seqring
