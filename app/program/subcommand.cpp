#include "app/program/subcommand.h"

#include "ui/translations.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace seqring
{

void Subcommand::setUp()
{
    QCoreApplication::setOrganizationName(QStringLiteral("seqring-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("seqring-admin"));
    Translations::install(QString()); // the system's language
}

int Subcommand::badInput(const QString &reason)
{
    QTextStream(stderr) << reason << Qt::endl;
    return kExitBadInput;
}

std::optional<int> Subcommand::parse(QCommandLineParser &parser, const QString &name)
{
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1); // the subcommand's name
    if (!parser.parse(arguments))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // The usage line names the program, then "[options]" in the current language: the
        // subcommand goes between them.
        QString help = parser.helpText();
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        const qsizetype at = help.indexOf(program + QLatin1Char(' '));
        if (at >= 0)
            help.insert(at + program.size() + 1, name + QLatin1Char(' '));
        QTextStream(stdout) << help;
        return kExitOk;
    }
    return std::nullopt;
}

} // namespace seqring
