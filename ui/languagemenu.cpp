#include "ui/languagemenu.h"

#include "app/files/appsettings.h"
#include "ui/translations.h"

#include <QActionGroup>
#include <QEvent>

namespace seqring
{

LanguageMenu::LanguageMenu(AppSettings *settings, QWidget *parent)
    : QMenu(parent), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &code : codes()) {
        QAction *action = addAction(QString());
        action->setCheckable(true);
        action->setData(code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    const QString saved = m_settings->language();
    const QList<QAction *> all = m_group->actions();
    for (QAction *action : all)
        action->setChecked(action->data().toString() == saved);
    retranslate();
}

QStringList LanguageMenu::codes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("ja")};
}

QString LanguageMenu::currentCode() const
{
    QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    m_settings->setLanguage(code);
    const QList<QAction *> all = m_group->actions();
    for (QAction *action : all)
        action->setChecked(action->data().toString() == code);
    Translations::install(code); // sends LanguageChange to every widget
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    // Each language is named in itself, so it can be found whatever is shown now.
    const QList<QAction *> all = m_group->actions();
    for (QAction *action : all) {
        const QString code = action->data().toString();
        if (code.isEmpty())
            action->setText(tr("&System language"));
        else if (code == QLatin1String("en"))
            action->setText(QStringLiteral("English"));
        else if (code == QLatin1String("de"))
            action->setText(QStringLiteral("Deutsch"));
        else if (code == QLatin1String("fr"))
            action->setText(QStringLiteral("Français"));
        else if (code == QLatin1String("ja"))
            action->setText(QStringLiteral("日本語"));
    }
}

} // namespace seqring
