#pragma once

#include "app/client/httprequest.h"
#include "app/client/workspacedirectory.h"

#include <QDialog>
#include <QTimer>
#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace seqring
{

class WorkspaceResultsModel;

// Finds a workspace by part of its name: a debounced search through every page, one row
// per workspace with its location, calling type and license, appended page by page as the
// pages arrive (ten thousand rows never hold the event loop at once); only a workspace that
// can have sequential ring criteria can be chosen. Never blocks: open() it.
class WorkspacePickerDialog : public QDialog
{
    Q_OBJECT
public:
    using ContextSource = std::function<RequestContext()>;
    enum Column { NameColumn, LocationColumn, CallingColumn, LicenseColumn };

    WorkspacePickerDialog(WorkspaceDirectory *directory, ContextSource source,
                          QWidget *parent = nullptr);

    // Time between the last keystroke and the search (default 300 ms).
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    QLineEdit *searchEdit() const { return m_search; }
    // The rows, a view over resultsModel().
    QTreeView *resultsView() const { return m_results; }
    WorkspaceResultsModel *resultsModel() const { return m_model; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *stopButton() const { return m_stop; }
    QString statusText() const;
    int searchesStarted() const { return m_searches; }
    // The workspace of a row (row order as shown).
    WorkspaceEntry entryAt(int row) const;

Q_SIGNALS:
    void workspaceChosen(const seqring::WorkspaceEntry &entry);
    // A search answered (rows shown) or failed.
    void resultsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startSearch();
    // One page's rows, appended (the first page of a search replaces the rows shown).
    void appendRows(quint64 serial, const QList<WorkspaceEntry> &entries);
    void showResults(quint64 serial, const QList<WorkspaceEntry> &entries);
    void showFailure(quint64 serial, const QString &message);
    void setBusy(bool busy);
    void updateChoose();
    void chooseCurrent();
    int currentRow() const;

    WorkspaceDirectory *m_directory;
    ContextSource m_source;
    QTimer m_debounce;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_resultsLabel;
    WorkspaceResultsModel *m_model;
    QTreeView *m_results;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_stop;
    QDialogButtonBox *m_buttons;
    QPushButton *m_choose;
    quint64 m_serial = 0;
    quint64 m_shownSerial = 0; // the search whose rows the view holds
    int m_searches = 0;
};

} // namespace seqring
