#pragma once

#include <QString>

class QLineEdit;
class QPushButton;
class QWidget;

namespace seqring::resultfields
{

// Building blocks the result dialogs share: a read-only, selectable, monospaced field
// wide enough for its ID (up to a limit) and showing its start, and a Copy button with
// the theme's copy icon that puts `field`'s text on the clipboard.
QLineEdit *idField(const QString &text, const QString &objectName, QWidget *parent);
QPushButton *copyButton(const QString &label, const QString &objectName, QLineEdit *field,
                        QWidget *parent);

} // namespace seqring::resultfields
