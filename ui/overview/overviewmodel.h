#pragma once

#include "models/workspacestate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <optional>

namespace seqring
{

// The rows of the Organization overview: each workspace read (or that failed to be read),
// in the order they came, with its summary as the export's CSV counts it.
class OverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WorkspaceColumn,
        LocationColumn,
        RingColumn,
        NumbersColumn,
        CriteriaColumn,
        DoNotRingColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, texts as texts
        RingOnRole,                  // bool: sequential ring is on
        OutsideRole,                 // bool: it rings a number outside the organisation
        IdRole,                      // the workspace ID
    };

    explicit OverviewModel(QObject *parent = nullptr);

    void clear();
    // The organisation's own numbers (E.164), when they could be read: the rows added from
    // then on count their numbers outside it.
    void setOrganisationNumbers(const std::optional<QSet<QString>> &numbers);
    void addState(const WorkspaceState &state);
    void addFailure(const QString &workspaceId, const QString &displayName, const QString &error);

    // The workspaces read, in order (the failed ones left out), and their summaries.
    QList<WorkspaceState> states() const;
    QList<WorkspaceSummary> summaries() const;
    int failures() const { return m_failures; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The column titles and the texts of the rows in the current language.
    void retranslate();

private:
    // One row.
    struct Row {
        WorkspaceState state;
        WorkspaceSummary summary;
        QString error; // not empty: the workspace could not be read
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;

    QList<Row> m_rows;
    std::optional<QSet<QString>> m_numbers;
    int m_failures = 0;
};

// The overview's filters and sorting: sequential ring on, numbers outside the organisation,
// and a part of the workspace's name (any case); sorts by OverviewModel::SortRole.
class OverviewFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OverviewFilter(QObject *parent = nullptr);

    void setRingOnOnly(bool only);
    void setOutsideOnly(bool only);
    void setNameFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_ringOn = false;
    bool m_outside = false;
    QString m_name;
};

} // namespace seqring
