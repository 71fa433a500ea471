#include "ui/snapshotundo.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace seqring
{

// One edit: the state before and after it. Consecutive typing in one field merges.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(SnapshotUndo *owner, const QVariant &before, const QVariant &after, int key,
                    const QString &typed)
        : m_owner(owner), m_before(before), m_after(after), m_key(key), m_typed(typed)
    {
    }
    void undo() override { m_owner->apply(m_before); }
    void redo() override
    {
        if (m_done) // the edit happened already when the command was pushed
            m_owner->apply(m_after);
        m_done = true;
    }
    int id() const override { return m_key < 0 ? -1 : 1 + m_key; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SnapshotCommand *>(other);
        if (next->m_key != m_key || m_typed.endsWith(QLatin1Char(' ')))
            return false; // another field, or the word before was finished
        m_after = next->m_after;
        m_typed = next->m_typed;
        return true;
    }

private:
    SnapshotUndo *m_owner;
    QVariant m_before, m_after;
    int m_key;
    QString m_typed;
    bool m_done = false;
};

SnapshotUndo::SnapshotUndo(const Hooks &hooks, QObject *parent)
    : QObject(parent), m_hooks(hooks), m_stack(new QUndoStack(this))
{
    m_last = m_hooks.capture();
}

void SnapshotUndo::recordChange()
{
    if (m_applying)
        return;
    const QVariant now = m_hooks.capture();
    if (now == m_last)
        return;
    QString typed;
    const int key = m_hooks.typingKey(m_last, now, &typed);
    m_stack->push(new SnapshotCommand(this, m_last, now, key, typed));
    m_last = now;
}

void SnapshotUndo::reset()
{
    if (m_applying)
        return;
    m_stack->clear();
    m_last = m_hooks.capture();
}

void SnapshotUndo::apply(const QVariant &state)
{
    m_applying = true;
    m_hooks.apply(state);
    m_applying = false;
    m_last = m_hooks.capture();
}

} // namespace seqring
