#pragma once

#include "models/criteria.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace seqring
{

class CriteriaDetailView;
class WorkspaceContext;
struct ApiResult;

// "Existing criteria": the workspace's sequential ring settings and criteria as the
// service lists them, the selected one read in full below, with template and delete.
class ExistingCriteriaPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { ScheduleColumn, SourceColumn, RingColumn };

    explicit ExistingCriteriaPanel(WorkspaceContext *context, QWidget *parent = nullptr);

    // Puts the panel's inputs in the Tab chain right after `before` (it sits below it).
    void placeInTabOrderAfter(QWidget *before);

    QTreeWidget *list() const { return m_list; }
    CriteriaDetailView *detailView() const { return m_detail; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *ringSettingsButton() const { return m_ringSettings; }
    QPushButton *copyButton() const { return m_copy; }
    QString settingsText() const;
    QString statusText() const;
    // Problems of the other lookups (e.g. the schedules' missing scope); empty when none.
    QString lookupProblemText() const;
    // The row of the criteria marked as new, or -1.
    int highlightedRow() const;
    // The IDs listed now (for the check after an ambiguous create).
    QStringList listedIds() const;

Q_SIGNALS:
    void useAsTemplate(const seqring::Criteria &criteria);
    void editRequested(const QString &criteriaId);
    // Sequential ring settings… (Ctrl+R) was pressed.
    void ringSettingsRequested();
    // Copy to other workspaces… was pressed: this workspace's settings and criteria as the
    // template of Make them match.
    void copyToOthersRequested();
    // A read or delete failed (e.g. so a 403 on a delete can be remembered).
    void requestFailed(const seqring::ApiResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSettings();
    void loadSelected();
    void confirmDelete(const QString &id);

    WorkspaceContext *m_context;
    QLabel *m_settings;
    QLabel *m_listLabel;
    QTreeWidget *m_list;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_lookupProblem;
    QPushButton *m_refresh;
    QPushButton *m_stop;
    QPushButton *m_ringSettings;
    QPushButton *m_copy;
    CriteriaDetailView *m_detail;
    QPointer<QMessageBox> m_confirm;
};

} // namespace seqring
