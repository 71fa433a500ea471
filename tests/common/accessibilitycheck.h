#pragma once

// Accessibility checks shared by the window tests: elements without an accessible name, and
// mnemonics (Alt+letter) that reach more than one place.
#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QLabel>
#include <QMultiHash>
#include <QStringList>
#include <QWidget>

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

// "Alt+X: text | text" for each letter that more than one of `root`'s labels with a buddy,
// buttons or `extra` actions (e.g. the menu bar's titles) claims.
inline QStringList mnemonicClashes(QWidget *root, const QList<QAction *> &extra = {})
{
    QMultiHash<QChar, QString> owners;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() && !mnemonic(label->text()).isNull())
            owners.insert(mnemonic(label->text()), label->text());
    }
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!mnemonic(button->text()).isNull())
            owners.insert(mnemonic(button->text()), button->text());
    }
    for (QAction *action : extra) {
        if (!mnemonic(action->text()).isNull())
            owners.insert(mnemonic(action->text()), action->text());
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
