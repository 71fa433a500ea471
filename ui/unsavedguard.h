#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QCloseEvent;
class QMessageBox;

namespace seqring
{

class DraftActions;
class EditController;
class ExistingCriteriaPanel;
class MainWindow;
class SnapshotUndo;
class TargetPanel;
class WorkspaceDialogs;

// A way to run `proceed` only once nothing unsaved would be lost by it.
using UnsavedCheck = std::function<void(const std::function<void()> &proceed)>;

// Nothing unsaved is dropped silently: choosing another workspace (in the picker or by
// typing its ID), starting another edit, opening a draft or quitting with unsaved changes asks
// Save, Discard or Cancel. Unsaved means the form's undo stack is not at its clean state (set by a
// load, by every save and by a create that succeeded). Save is the PUT in edit mode and the draft
// in create mode (to its file; a draft not yet saved gets the file dialog, and the admin does it
// again after saving). objectName: unsavedGuard; the box: unsavedChangesBox.
class UnsavedGuard : public QObject
{
    Q_OBJECT
public:
    // What it guards and saves with; none is owned.
    struct Parts {
        SnapshotUndo *undo;
        EditController *editor;
        DraftActions *drafts;
        ExistingCriteriaPanel *panel; // its Edit
        WorkspaceDialogs *dialogs;    // the picker's choice
        TargetPanel *target;          // a workspace ID typed in
    };
    // Wires the four paths: the panel's Edit, the picker's choice, a workspace ID typed in
    // the target panel and Open draft here; quitting through holdClose(). Save in edit mode
    // is the window's create() slot.
    UnsavedGuard(const Parts &parts, MainWindow *window);

    bool hasUnsavedChanges() const;
    // Runs `proceed` now, or after Save succeeded or Discard; never after Cancel.
    // `declined`, when given, runs once the answer has not let `proceed` run at once: after
    // Cancel, or a Save still under way or not done (the admin may do it again later).
    void confirm(const std::function<void()> &proceed, const std::function<void()> &declined = {});
    UnsavedCheck check();
    // For the window's closeEvent: true when the close waits for an answer (the event is
    // ignored, and the window closes again after Save or Discard).
    bool holdClose(QCloseEvent *event);

private:
    void save(const std::function<void()> &proceed);
    void wire(const Parts &parts);

    SnapshotUndo *m_undo;
    EditController *m_editor;
    DraftActions *m_drafts;
    MainWindow *m_window;
    std::function<void()> m_pending; // runs after the save it waits for succeeded
    QPointer<QMessageBox> m_box;
};

} // namespace seqring
