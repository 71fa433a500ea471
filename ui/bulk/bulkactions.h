#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace seqring
{

class ApiClient;
class BulkController;
class BulkWindow;
class CriteriaModel;
class TargetModel;
class WorkspaceDirectory;

// Apply to several workspaces… (Ctrl+Shift+Return): the action, the bulk window it opens
// (one, kept while the admin window lives, so a run goes on when it is closed) and its
// BulkController, and the offer to resume a run whose journal did not end. objectName:
// bulkActions.
class BulkActions : public QObject
{
    Q_OBJECT
public:
    BulkActions(ApiClient *client, TargetModel *target, CriteriaModel *model,
                WorkspaceDirectory *directory, QWidget *window);

    QAction *action() const { return m_action; }
    BulkController *controller() const { return m_controller; }
    BulkWindow *bulkWindow() const;
    BulkWindow *openWindow();
    // A journal of an unfinished run in the journal folder: a box (opened, never run) offers
    // Resume, Discard or Later. Returns whether it was shown.
    bool offerResume();
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void windowOpened(seqring::BulkWindow *window);

private:
    TargetModel *m_target;
    CriteriaModel *m_model;
    WorkspaceDirectory *m_directory;
    QWidget *m_window;
    QAction *m_action;
    BulkController *m_controller;
    QPointer<BulkWindow> m_bulk;
};

} // namespace seqring
