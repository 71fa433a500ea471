#pragma once

#include <QCoreApplication>

namespace seqring
{

// `seqring-admin export`: writes the sequential ring state of every workspace of the
// organisation (or of those a file names) to a state file, with no window, and optionally
// a summary CSV. The file is written as each workspace is read (memory does not grow with
// the organisation) and appears, whole, only at the end. Progress goes to stderr. Exit
// codes: 0 every workspace read; 3 some failed (reported and left out of the file), or the
// workspaces could not be listed (no file then); 2 bad input or no token.
class ExportSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportSubcommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadInput = 2;
    static constexpr int kExitSomeFailed = 3;

    // argv[1] is "export". Builds its own QCoreApplication.
    static int main(int argc, char **argv);
};

} // namespace seqring
