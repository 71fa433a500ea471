#pragma once

#include "app/files/autosavefile.h"

#include <QWidget>
#include <optional>

class QLabel;
class QMainWindow;
class QPushButton;

namespace seqring
{

class AutosaveController;
class CriteriaModel;
class EditController;
class RingSettingsActions;
class TargetModel;
class SnapshotUndo;
class WorkspaceContext;

// The autosave in the window. It builds the AutosaveController of the window's form; at
// start it offers an autosave a previous run left (a bar over the form that blocks nothing:
// when it was saved, Restore, Discard) and sets an unreadable one aside with a message
// (autosaveProblemBox); Restore puts the form back (edit mode stays edit mode, the undo stack
// starts without steps) and reopens the ring settings editor once the workspace's settings
// are read. A clean quit removes the autosave; an end without one keeps it.
// objectName: autosaveOffer; autosaveOfferLabel, restoreAutosaveButton, discardAutosaveButton.
class AutosaveOffer : public QWidget
{
    Q_OBJECT
public:
    // None is owned.
    struct Parts {
        QString path; // the autosave file; empty: no autosave (window tests of other things)
        TargetModel *target = nullptr;
        CriteriaModel *model = nullptr;
        EditController *editor = nullptr;
        SnapshotUndo *undo = nullptr;
        RingSettingsActions *ring = nullptr;
        WorkspaceContext *context = nullptr;
    };
    AutosaveOffer(const Parts &parts, QMainWindow *window);

    // Null without a path.
    AutosaveController *controller() const { return m_controller; }
    // The app is ending without a confirmation (SIGTERM, SIGINT, SIGHUP): the autosave is
    // written now and kept, and the window closes without asking about unsaved changes.
    void keepOnClose();
    bool keepsOnClose() const { return m_keep; }
    // The window closes: a clean quit removes the autosave, unless keepOnClose() was called.
    void windowClosing();

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void restore();
    void discard();
    void reopenRingEditor();
    void retranslate();

    Parts m_parts;
    QMainWindow *m_window;
    AutosaveController *m_controller = nullptr;
    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_discard;
    std::optional<AutosaveState> m_found;         // offered, not yet answered
    std::optional<SequentialRingSettings> m_ring; // to put back once the editor can open
    bool m_keep = false;
};

} // namespace seqring
