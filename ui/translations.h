#pragma once

#include <QCoreApplication>
#include <QString>

namespace seqring
{

// Loads the interface language: the app's own catalogue (embedded under :/i18n) and Qt's.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    // An empty code follows the system locale. Returns the language in use ("en" when
    // no catalogue matched).
    static QString install(const QString &code);
};

} // namespace seqring
