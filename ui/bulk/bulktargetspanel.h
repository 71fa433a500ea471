#pragma once

#include "app/client/httprequest.h"
#include "app/client/workspacedirectory.h"
#include "app/files/targetsfile.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace seqring
{

// The targets of a bulk run: a workspace search (every page, a location filter, several rows
// selected at once, Select all results), Add selected, Import… of a targets file
// (TargetsFile) and Remove. Never blocks: the file dialog is opened, not executed.
class BulkTargetsPanel : public QWidget
{
    Q_OBJECT
public:
    using ContextSource = std::function<RequestContext()>;

    BulkTargetsPanel(WorkspaceDirectory *directory, ContextSource source,
                     QWidget *parent = nullptr);

    QList<BulkTarget> targets() const { return m_targets; }
    void addTargets(const QList<BulkTarget> &targets);
    // Adds the workspaces of a targets file; false with a sentence naming the problem.
    bool importFile(const QString &path, QString *error);
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void searchNow();
    // Found workspaces as shown (after the location filter).
    int visibleResults() const;
    void retranslate();

Q_SIGNALS:
    void targetsChanged();
    void resultsShown();
    void problem(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResults(quint64 serial, const QList<WorkspaceEntry> &entries);
    void fillLocations();
    void applyFilter();
    void selectAll();
    void addSelected();
    void openImport();
    void removeSelected();
    void showTargets();
    void updateButtons();

    WorkspaceDirectory *m_directory;
    ContextSource m_source;
    QTimer m_debounce;
    QLabel *m_searchLabel, *m_locationLabel, *m_resultsLabel, *m_targetsLabel, *m_status;
    QLineEdit *m_search;
    QComboBox *m_location;
    QTreeWidget *m_results, *m_targetsView;
    QPushButton *m_selectAll, *m_addSelected, *m_import, *m_remove;
    QPointer<QFileDialog> m_importDialog;
    QList<WorkspaceEntry> m_entries;
    QList<BulkTarget> m_targets;
    quint64 m_serial = 0;
};

} // namespace seqring
