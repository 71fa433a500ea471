#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QCommandLineParser;

namespace seqring
{

// What every subcommand does the same way: the application's names and language, its
// arguments read without the subcommand's own name, --help, and bad input said on stderr.
class Subcommand
{
    Q_DECLARE_TR_FUNCTIONS(Subcommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadInput = 2;

    // After the QCoreApplication is made: its names (for the settings and the keychain the
    // window uses) and the system's language.
    static void setUp();
    // Prints `reason` on stderr and gives kExitBadInput.
    static int badInput(const QString &reason);
    // Reads the arguments after `name` ("apply"). Nothing when the subcommand goes on;
    // else the exit code: kExitOk after printing the help (its usage line naming the
    // subcommand, in any language), kExitBadInput after saying why the arguments are wrong.
    static std::optional<int> parse(QCommandLineParser &parser, const QString &name);
};

} // namespace seqring
