#pragma once

#include <QObject>
#include <QVariant>
#include <functional>

class QUndoStack;

namespace seqring
{

// Undo and redo of a model's edits on a QUndoStack: every change the model announces
// becomes a command holding its state before and after. Typing in one text field merges
// into one step per word (a step ends after a space). A load starts the stack clean.
class SnapshotUndo : public QObject
{
    Q_OBJECT
public:
    struct Hooks {
        std::function<QVariant()> capture;           // the model's state now
        std::function<void(const QVariant &)> apply; // puts a captured state back
        // The text field an edit typed into (a key >= 0, with the field's new text in
        // `typed`), or -1 for any other edit.
        std::function<int(const QVariant &before, const QVariant &after, QString *typed)> typingKey;
    };

    SnapshotUndo(const Hooks &hooks, QObject *parent);

    QUndoStack *stack() const { return m_stack; }

public Q_SLOTS:
    // The model changed: records a step (unless it was undo or redo putting a state back).
    void recordChange();
    // The model was loaded: the stack starts clean from its state now.
    void reset();

private:
    friend class SnapshotCommand;
    void apply(const QVariant &state);

    Hooks m_hooks;
    QUndoStack *m_stack;
    QVariant m_last;
    bool m_applying = false;
};

} // namespace seqring
