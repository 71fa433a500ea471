#pragma once

#include "ui/snapshotundo.h"

class QAction;
class QWidget;

namespace seqring
{

class CriteriaModel;

// Undo and redo of the criteria form: every edit of the CriteriaModel is a step on a
// QUndoStack, typing in Schedule name merges per word, and every load (edit, template,
// draft, Cancel editing) starts the stack clean. Edit > Undo (Ctrl+Z) and Redo
// (Ctrl+Shift+Z). objectName: criteriaUndo.
class CriteriaUndo : public SnapshotUndo
{
    Q_OBJECT
public:
    CriteriaUndo(CriteriaModel *model, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    // Ctrl+Z in the form's text fields (UndoKeyRouter): Schedule name is a stack field,
    // Add number field-first.
    void routeTextFields(QWidget *scheduleName, QWidget *addNumber);
    void retranslate();

private:
    QAction *m_undo;
    QAction *m_redo;
};

// The Undo and Redo actions of a stack, with Ctrl+Z and Ctrl+Shift+Z.
void makeUndoActions(SnapshotUndo *undo, QObject *parent, QAction **undoAction,
                     QAction **redoAction);

} // namespace seqring
