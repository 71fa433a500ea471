#pragma once

#include "ui/ringsettingsdialog.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QPushButton;
class QWidget;

namespace seqring
{

class CriteriaModel;
class WorkspaceContext;

// The ring settings editor's opener and the warning over the criteria form: while the
// workspace's sequential ring is off or has no number, "Sequential ring is off for this
// workspace: …" with Turn on…; open() shows the editor of the settings last read, and its
// Save settings goes to the WorkspaceContext's reader. objectName: ringSettingsActions.
class RingSettingsActions : public QObject
{
    Q_OBJECT
public:
    // `model` gives the default region of national numbers; none is owned.
    // `window` shows the status messages.
    RingSettingsActions(WorkspaceContext *context, CriteriaModel *model, QMainWindow *window);

    // The warning, for the window to place over the criteria form.
    QWidget *warning() const { return m_warning; }
    RingSettingsDialog *dialog() const { return m_dialog; }
    void retranslate();

public Q_SLOTS:
    // Opens the editor; without settings read yet it says so in the status bar.
    void open();

Q_SIGNALS:
    // The editor was opened (it deletes itself when closed).
    void editorOpened(seqring::RingSettingsDialog *dialog);

private:
    void updateWarning();

    WorkspaceContext *m_context;
    CriteriaModel *m_model;
    QMainWindow *m_window;
    QWidget *m_warning;
    QLabel *m_warningText;
    QPushButton *m_turnOn;
    QPointer<RingSettingsDialog> m_dialog;
};

} // namespace seqring
