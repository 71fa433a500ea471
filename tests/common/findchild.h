#pragma once

// The child of a widget by its object name, for the widget tests.
#include <QWidget>

namespace seqring::test
{

template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace seqring::test
