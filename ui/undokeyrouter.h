#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace seqring
{

// Decides where Ctrl+Z and Ctrl+Shift+Z (and the platform's undo and redo keys) go while
// a text field has the focus, so that a field's own undo and the form's QUndoStack never
// fight: one history per field, as Edit > Undo shows it.
// - Stack fields (every keystroke is a step of the stack, merged per word): the keys are
//   the stack's Undo and Redo actions; the field's own undo never runs.
// - Field-first fields (typing is not on the stack until it is committed, as Add number's
//   Return): undo takes back the field's own typing first, then the stack's steps; redo
//   goes the other way round, the stack's steps first.
// Fields not routed keep Qt's behaviour (their own undo only), e.g. the target panel's,
// whose edits belong to the TargetModel and not to the form.
class UndoKeyRouter : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Stack, FieldFirst };

    // `undo` and `redo` are the stack's actions (not owned); they must be reachable by
    // their shortcuts from the fields' window.
    UndoKeyRouter(QAction *undo, QAction *redo, QObject *parent);

    // `field` is a QLineEdit or an editable QComboBox.
    void route(QWidget *field, Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace seqring
