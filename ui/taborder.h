#pragma once

#include <QWidget>

namespace seqring::taborder
{

// The first widget inside `container` that Tab stops at, in the window's focus chain;
// nullptr when it has none.
inline QWidget *firstStop(QWidget *container)
{
    QWidget *w = container;
    do {
        w = w->nextInFocusChain();
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            return w;
    } while (w != container);
    return nullptr;
}

// Puts the widgets inside `container` that Tab stops at, in the order they were made, right
// before `next` in the focus chain (a bar shown over a form comes before the form's fields).
inline void placeBefore(QWidget *container, QWidget *next)
{
    if (!next)
        return;
    // The Tab stop before `next` (not a container of it: setTabOrder puts a widget after the
    // last of a container's children).
    QWidget *previous = next->previousInFocusChain();
    while (previous != next &&
           (!(previous->focusPolicy() & Qt::TabFocus) || previous->isAncestorOf(next)))
        previous = previous->previousInFocusChain();
    if (previous == next)
        return;
    for (QWidget *w : container->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w == next)
            continue;
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace seqring::taborder
