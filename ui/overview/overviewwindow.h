#pragma once

#include "app/bulk/stateexport.h"
#include "app/client/httprequest.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <functional>

class QCheckBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace seqring
{

class ApiClient;
class OverviewFilter;
class OverviewModel;

// View > Organization overview: every workspace of the organisation with its sequential ring
// state (on or off, numbers, criteria, do-not-ring criteria), read by a StateExport with a
// progress bar and Cancel; filters (sequential ring on, numbers outside the organisation, a
// part of the name), sorting by any column, and Export… of what was read as the state file
// (JSON) or its summary (CSV). Double-clicking a row asks for that workspace as the
// window's target (workspaceActivated). Not modal; its dialogs are opened, never run.
class OverviewWindow : public QDialog
{
    Q_OBJECT
public:
    using ContextSource = std::function<RequestContext()>;

    OverviewWindow(ApiClient *client, ContextSource source, QWidget *parent = nullptr);
    ~OverviewWindow() override;

    // The region national numbers read back are taken in.
    void setDefaultRegion(const QString &region) { m_region = region; }
    // Reads every workspace again (cancels a read in flight).
    void read();
    void cancel();
    bool isReading() const { return m_run && !m_run->isFinished(); }
    OverviewModel *model() const { return m_model; }
    OverviewFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // Writes what was read: the summary CSV when `path` ends in .csv, else the state file.
    // False (a box says why) when it cannot be written.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void workspaceActivated(const QString &workspaceId);
    void readFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void showProgress(const StateExportProgress &progress);
    void onFinished(const QString &error);
    void openExport();
    void showProblem(const QString &title, const QString &text);
    void updateButtons();

    ApiClient *m_client;
    ContextSource m_source;
    QString m_region = QStringLiteral("US");
    OverviewModel *m_model;
    OverviewFilter *m_filter;
    QPointer<StateExport> m_run;
    RequestContext m_readContext; // of the last read: the state file's header
    QDateTime m_readAt;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QCheckBox *m_ringOn;
    QCheckBox *m_outside;
    QTableView *m_table;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_readButton;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPointer<QFileDialog> m_exportDialog;
    bool m_cancelled = false;
};

} // namespace seqring
