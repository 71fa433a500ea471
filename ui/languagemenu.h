#pragma once

#include <QMenu>

class QActionGroup;

namespace seqring
{

class AppSettings;

// View > Language: switches the interface language at run time (no restart) and keeps
// the choice in the settings (AppSettings::language(); empty = follow the system).
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(AppSettings *settings, QWidget *parent = nullptr);

    // The languages offered: an empty code is the system language.
    static QStringList codes();
    QString currentCode() const;
    // Installs the translators for `code`, remembers it and checks its action.
    void choose(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppSettings *m_settings;
    QActionGroup *m_group;
};

} // namespace seqring
