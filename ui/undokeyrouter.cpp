#include "ui/undokeyrouter.h"

#include <QAction>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace seqring
{

namespace
{
const char *const kMode = "seqringUndoMode";

QLineEdit *lineEditOf(QObject *field)
{
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->lineEdit();
    return qobject_cast<QLineEdit *>(field);
}

bool isKey(const QKeyEvent *key, const QAction *action, QKeySequence::StandardKey standard)
{
    return key->matches(standard) || (!action->shortcut().isEmpty() &&
                                      QKeySequence(key->keyCombination()) == action->shortcut());
}
} // namespace

UndoKeyRouter::UndoKeyRouter(QAction *undo, QAction *redo, QObject *parent)
    : QObject(parent), m_undo(undo), m_redo(redo)
{
    setObjectName(QStringLiteral("undoKeyRouter"));
}

void UndoKeyRouter::route(QWidget *field, Mode mode)
{
    QList<QWidget *> parts{field};
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        parts.append(combo->lineEdit()); // whichever of the two the key reaches
    for (QWidget *part : parts) {
        part->setProperty(kMode, int(mode));
        part->installEventFilter(this);
    }
}

bool UndoKeyRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = isKey(key, m_undo, QKeySequence::Undo);
    const bool redo = !undo && isKey(key, m_redo, QKeySequence::Redo);
    if (!undo && !redo)
        return false;
    const QLineEdit *edit = lineEditOf(watched);
    if (!edit || edit->isReadOnly())
        return false;
    // Field first: undo takes back the field's typing before the stack's steps, and redo
    // goes the other way round (the stack's steps, then the field's typing).
    if (Mode(watched->property(kMode).toInt()) == Mode::FieldFirst &&
        (undo ? edit->isUndoAvailable() : !m_redo->isEnabled() && edit->isRedoAvailable()))
        return false; // the field's own
    if (event->type() == QEvent::ShortcutOverride) {
        event->ignore(); // not the field's: the window's shortcut (the stack's action) runs
        return true;
    }
    // A key press that reached the field anyway (the action is disabled): not its undo.
    (undo ? m_undo : m_redo)->trigger();
    return true;
}

} // namespace seqring
