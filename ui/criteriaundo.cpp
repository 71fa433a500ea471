#include "ui/criteriaundo.h"

#include "models/criteriamodel.h"
#include "ui/undokeyrouter.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace seqring
{

namespace
{

// The model's whole state: the criteria with its schedule as typed even while it is off,
// whether it is on, and the numbers as typed.
QVariant captureState(const CriteriaModel *model)
{
    return QVariantList{QVariant::fromValue(model->typedCriteria()), model->hasSchedule()};
}

void applyState(CriteriaModel *model, const QVariant &state)
{
    const QVariantList parts = state.toList();
    model->setCriteria(parts.at(0).value<Criteria>());
    model->setHasSchedule(parts.at(1).toBool());
}

int typingKey(const QVariant &before, const QVariant &after, QString *typed)
{
    Criteria a = before.toList().at(0).value<Criteria>();
    const Criteria b = after.toList().at(0).value<Criteria>();
    if (before.toList().at(1) != after.toList().at(1) || a.schedule->name == b.schedule->name)
        return -1;
    a.schedule->name = b.schedule->name;
    if (a != b)
        return -1;
    *typed = b.schedule->name;
    return 0; // Schedule name
}

} // namespace

void makeUndoActions(SnapshotUndo *undo, QObject *parent, QAction **undoAction,
                     QAction **redoAction)
{
    *undoAction = undo->stack()->createUndoAction(parent);
    *redoAction = undo->stack()->createRedoAction(parent);
    (*undoAction)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    (*redoAction)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

CriteriaUndo::CriteriaUndo(CriteriaModel *model, QObject *parent)
    : SnapshotUndo({[model] { return captureState(model); },
                    [model](const QVariant &state) { applyState(model, state); }, typingKey},
                   parent)
{
    setObjectName(QStringLiteral("criteriaUndo"));
    stack()->setObjectName(QStringLiteral("criteriaUndoStack"));
    makeUndoActions(this, this, &m_undo, &m_redo);
    connect(model, &CriteriaModel::validationChanged, this, &SnapshotUndo::recordChange);
    connect(model, &CriteriaModel::criteriaLoaded, this, &SnapshotUndo::reset);
    retranslate();
}

void CriteriaUndo::routeTextFields(QWidget *scheduleName, QWidget *addNumber)
{
    auto *router = new UndoKeyRouter(m_undo, m_redo, this);
    router->route(scheduleName, UndoKeyRouter::Mode::Stack);
    router->route(addNumber, UndoKeyRouter::Mode::FieldFirst);
}

void CriteriaUndo::retranslate()
{
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
}

} // namespace seqring
