#pragma once

#include "ui/workspacepickerdialog.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QDialog;
class QWidget;

namespace seqring
{

class TargetModel;
class WorkspaceBinder;

// The window's dialogs around the workspace: the picker (Choose workspace…, Ctrl+K), the
// "Check whether it was created" button on the error dialog of an ambiguous create, and
// the answer of that check. What they decide goes to the TargetModel and the WorkspaceBinder.
// objectName: workspaceDialogs.
class WorkspaceDialogs : public QObject
{
    Q_OBJECT
public:
    WorkspaceDialogs(TargetModel *target, WorkspaceBinder *binder, QWidget *window);

    QAction *chooseAction() const { return m_chooseAction; }
    WorkspacePickerDialog *picker() const { return m_picker; }
    // Debounce of the picker's search and of the workspace look-up (tests shorten it).
    void setDebounceInterval(int milliseconds);
    void retranslate();
    // A workspace chosen in the picker waits for this (the unsaved-changes guard).
    void setUnsavedCheck(const std::function<void(const std::function<void()> &)> &check)
    {
        m_check = check;
    }

    WorkspacePickerDialog *openPicker();
    // Makes the workspace `id` the target, as one typed in (the look-up follows), once the
    // unsaved-changes guard allows it.
    void chooseWorkspaceId(const QString &id);
    // Adds "Check whether it was created" to the error dialog of an ambiguous create.
    void offerCheck(QDialog *dialog);

Q_SIGNALS:
    void pickerOpened(seqring::WorkspacePickerDialog *dialog);

private:
    TargetModel *m_target;
    WorkspaceBinder *m_binder;
    QWidget *m_window;
    QAction *m_chooseAction;
    QPointer<WorkspacePickerDialog> m_picker;
    int m_debounce = 300;
    std::function<void(const std::function<void()> &)> m_check;
};

} // namespace seqring
