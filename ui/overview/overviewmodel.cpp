#include "ui/overview/overviewmodel.h"

namespace seqring
{

OverviewModel::OverviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void OverviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_numbers.reset();
    m_failures = 0;
    endResetModel();
}

void OverviewModel::setOrganisationNumbers(const std::optional<QSet<QString>> &numbers)
{
    m_numbers = numbers;
}

void OverviewModel::addState(const WorkspaceState &state)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(Row{state, WorkspaceSummary::of(state, m_numbers), QString()});
    endInsertRows();
}

void OverviewModel::addFailure(const QString &workspaceId, const QString &displayName,
                               const QString &error)
{
    Row row;
    row.state.id = workspaceId;
    row.state.displayName = displayName.isEmpty() ? workspaceId : displayName;
    row.summary.workspaceId = workspaceId;
    row.summary.displayName = row.state.displayName;
    row.error = error;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    ++m_failures;
    endInsertRows();
}

QList<WorkspaceState> OverviewModel::states() const
{
    QList<WorkspaceState> states;
    for (const Row &row : m_rows) {
        if (row.error.isEmpty())
            states.append(row.state);
    }
    return states;
}

QList<WorkspaceSummary> OverviewModel::summaries() const
{
    QList<WorkspaceSummary> summaries;
    for (const Row &row : m_rows) {
        if (row.error.isEmpty())
            summaries.append(row.summary);
    }
    return summaries;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::display(const Row &row, int column) const
{
    const WorkspaceSummary &summary = row.summary;
    const bool counted = row.error.isEmpty() && summary.professional;
    switch (column) {
    case WorkspaceColumn:
        return summary.displayName;
    case LocationColumn:
        return row.state.locationName;
    case RingColumn:
        if (!row.error.isEmpty())
            return tr("Not read");
        if (!summary.professional)
            return tr("No license");
        return summary.enabled ? tr("On") : tr("Off");
    case NumbersColumn:
        if (!counted)
            return QString();
        if (summary.externalNumbers.value_or(0) > 0)
            return tr("%1 (%2 outside)").arg(summary.numbers).arg(*summary.externalNumbers);
        return QString::number(summary.numbers);
    case CriteriaColumn:
        return counted ? QString::number(summary.criteria) : QString();
    case DoNotRingColumn:
        return counted ? QString::number(summary.doNotRingCriteria) : QString();
    default:
        return {};
    }
}

QVariant OverviewModel::sortKey(const Row &row, int column) const
{
    const bool counted = row.error.isEmpty() && row.summary.professional;
    switch (column) {
    case RingColumn: // on, off, no license, not read
        return !row.error.isEmpty()        ? 3
               : !row.summary.professional ? 2
               : row.summary.enabled       ? 0
                                           : 1;
    case NumbersColumn:
        return counted ? row.summary.numbers : -1;
    case CriteriaColumn:
        return counted ? row.summary.criteria : -1;
    case DoNotRingColumn:
        return counted ? row.summary.doNotRingCriteria : -1;
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::AccessibleTextRole: {
        const QString text = display(row, index.column()).toString();
        return text.isEmpty() ? tr("Not applicable") : text;
    }
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        if (index.column() == RingColumn && !row.summary.professional)
            return tr("It has no Webex Calling Professional license, which sequential ring "
                      "needs.");
        if (index.column() == NumbersColumn && !row.summary.externalNumbers &&
            row.error.isEmpty() && row.summary.professional)
            return tr("The organisation's numbers could not be read: numbers outside it are "
                      "not counted.");
        return index.column() == WorkspaceColumn ? row.state.id : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= NumbersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case SortRole:
        return sortKey(row, index.column());
    case RingOnRole:
        return row.error.isEmpty() && row.summary.professional && row.summary.enabled;
    case OutsideRole:
        return row.summary.externalNumbers.value_or(0) > 0;
    case IdRole:
        return row.state.id;
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkspaceColumn:
        return tr("Workspace");
    case LocationColumn:
        return tr("Location");
    case RingColumn:
        return tr("Sequential ring");
    case NumbersColumn:
        return tr("Numbers");
    case CriteriaColumn:
        return tr("Criteria");
    case DoNotRingColumn:
        return tr("Do-not-ring criteria");
    default:
        return {};
    }
}

void OverviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

OverviewFilter::OverviewFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
}

void OverviewFilter::setRingOnOnly(bool only)
{
    m_ringOn = only;
    invalidateFilter();
}

void OverviewFilter::setOutsideOnly(bool only)
{
    m_outside = only;
    invalidateFilter();
}

void OverviewFilter::setNameFilter(const QString &text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

bool OverviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index =
        sourceModel()->index(sourceRow, OverviewModel::WorkspaceColumn, sourceParent);
    if (m_ringOn && !index.data(OverviewModel::RingOnRole).toBool())
        return false;
    if (m_outside && !index.data(OverviewModel::OutsideRole).toBool())
        return false;
    return m_name.isEmpty() || index.data().toString().contains(m_name, Qt::CaseInsensitive);
}

} // namespace seqring
