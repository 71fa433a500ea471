#pragma once

#include "app/client/workspacedirectory.h"

#include <QAbstractTableModel>
#include <QBrush>

namespace seqring
{

// The picker's rows: one workspace a row (name, location, calling type, license), appended a
// page at a time with one beginInsertRows; texts (in the picker's translation context), tool tips
// and colours are made when a view asks for them, so a page costs its entries and not a widget item
// per cell.
class WorkspaceResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LocationColumn, CallingColumn, LicenseColumn, ColumnCount };

    explicit WorkspaceResultsModel(QObject *parent = nullptr);

    // The text colour of a row that cannot be chosen.
    void setDimmedBrush(const QBrush &brush) { m_dimmed = brush; }
    void setHeaderLabels(const QStringList &labels) { m_headers = labels; }
    void clear();
    void append(const QList<WorkspaceEntry> &entries);
    const QList<WorkspaceEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString text(const WorkspaceEntry &entry, int column) const;

    QList<WorkspaceEntry> m_entries;
    QBrush m_dimmed;
    QStringList m_headers;
};

} // namespace seqring
