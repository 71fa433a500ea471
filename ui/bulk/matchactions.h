#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QFileDialog;
class QMenu;
class QWidget;

namespace seqring
{

class ApiClient;
class ExistingCriteriaPanel;
class MatchWindow;
class SyncController;
class TargetModel;
class WorkspaceDirectory;

// Make them match: Copy to other workspaces… (the workspace open in the admin window as
// the template), File > Import state… (a state file's entries, checked first), the window
// they open (one, kept while the admin window lives) and its SyncController, the offer to
// resume a sync whose journal did not end, and the scene of the documentation's picture.
// objectName: matchCommands.
class MatchActions : public QObject
{
    Q_OBJECT
public:
    MatchActions(ApiClient *client, TargetModel *target, WorkspaceDirectory *directory,
                 QWidget *window);

    // Copy to other workspaces… of `panel` opens the window; Import state… goes in `file`.
    void attach(ExistingCriteriaPanel *panel, QMenu *file);
    QAction *importAction() const { return m_import; }
    SyncController *controller() const { return m_controller; }
    MatchWindow *matchWindow() const;
    MatchWindow *openWindow();
    // Opens the window with the admin window's workspace as the template (read now).
    void copyCurrentWorkspace();
    // Opens the window on the entries of the state file `path` and checks them; false with
    // the reason shown when it cannot be read.
    bool importState(const QString &path);
    // A journal of an interrupted sync in the journal folder: a box (opened, never run)
    // offers Resume (the window opens and continues it), Discard or Later. Returns whether
    // it was shown.
    bool offerResume();
    // Copies the sandbox's London - Reception to its London workspaces, checks, selects a
    // plan and its first action, and calls `done` with the window, to be grabbed.
    void playScreenshotScene(std::function<void(QWidget *)> done);
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openImport();

    TargetModel *m_target;
    WorkspaceDirectory *m_directory;
    QWidget *m_window;
    QAction *m_import;
    SyncController *m_controller;
    QPointer<MatchWindow> m_match;
    QPointer<QFileDialog> m_importDialog;
};

} // namespace seqring
