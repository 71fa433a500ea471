#include "ui/bulk/workspaceresultsmodel.h"

#include <QCoreApplication>

namespace seqring
{

WorkspaceResultsModel::WorkspaceResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkspaceResultsModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void WorkspaceResultsModel::append(const QList<WorkspaceEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries += entries;
    endInsertRows();
}

int WorkspaceResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorkspaceResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkspaceResultsModel::text(const WorkspaceEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.name;
    case LocationColumn:
        return entry.locationName.isEmpty()
                   ? QCoreApplication::translate("seqring::WorkspacePickerDialog", "(unknown)")
                   : entry.locationName;
    case CallingColumn:
        return entry.callingText();
    case LicenseColumn: {
        const QString reason = entry.reason();
        return reason.isEmpty()
                   ? entry.licenseText()
                   : QCoreApplication::translate("seqring::WorkspacePickerDialog", "%1 — %2")
                         .arg(entry.licenseText(), reason);
    }
    default:
        return QString();
    }
}

QVariant WorkspaceResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const WorkspaceEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole: {
        const QString reason = entry.reason();
        return reason.isEmpty() ? QVariant() : QVariant(reason);
    }
    case Qt::ForegroundRole:
        // Readable but not selectable; dimmed with the palette's disabled text colour.
        return entry.selectable() || m_dimmed.style() == Qt::NoBrush ? QVariant()
                                                                     : QVariant(m_dimmed);
    default:
        return QVariant();
    }
}

QVariant WorkspaceResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return m_headers.value(section);
}

Qt::ItemFlags WorkspaceResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return Qt::NoItemFlags;
    if (!m_entries.at(index.row()).selectable())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace seqring
