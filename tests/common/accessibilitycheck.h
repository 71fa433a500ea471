#pragma once

// Accessibility checks shared by the window's and the dialogs' tests: every focusable or
// editable element has a name for assistive technology, and each Alt+letter reaches one
// place in a window.
#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiHash>
#include <QStringList>

namespace seqring::test
{

// Every focusable or editable, visible element without a name, as "role at path".
inline void collectUnnamed(QAccessibleInterface *node, const QString &path, QStringList &unnamed)
{
    if (!node || !node->isValid())
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return;
    if ((state.focusable || state.editable) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        unnamed << QStringLiteral("%1 %2 (%3)")
                       .arg(path, QString::number(int(node->role()), 16),
                            object ? object->objectName() + QLatin1Char(':') +
                                         QString::fromLatin1(object->metaObject()->className())
                                   : QString());
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), path + QLatin1Char('/') + QString::number(i), unnamed);
}

// The unnamed elements of a window (QAccessible is switched on).
inline QStringList unnamedIn(QWidget *window)
{
    QAccessible::setActive(true);
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(window), QStringLiteral("window"),
                   unnamed);
    return unnamed;
}

// The mnemonic letter of a text ("&Create" -> 'C'), or a null QChar.
inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
    }
    return {};
}

// "Alt+X: text | text" for each letter more than one place in `window` answers to: labels
// with a buddy, buttons (shown or not: each mode's texts count) and the menu bar's titles.
inline QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() && !mnemonic(label->text()).isNull())
            owners.insert(mnemonic(label->text()), label->text());
    }
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->window() == window && !mnemonic(button->text()).isNull())
            owners.insert(mnemonic(button->text()), button->text());
    }
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (QAction *menu : menus) {
            if (!mnemonic(menu->text()).isNull())
                owners.insert(mnemonic(menu->text()), menu->text());
        }
    }
    QStringList clashes;
    const QList<QChar> keys = owners.uniqueKeys();
    for (const QChar key : keys) {
        if (owners.count(key) > 1)
            clashes << QStringLiteral("Alt+%1: %2")
                           .arg(key)
                           .arg(owners.values(key).join(QStringLiteral(" | ")));
    }
    return clashes;
}

} // namespace seqring::test
