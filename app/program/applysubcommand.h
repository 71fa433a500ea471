#pragma once

#include <QCoreApplication>

namespace seqring
{

// `seqring-admin apply`: applies the criteria of a draft to the workspaces of a file, with
// no window (for scripts and cron). Progress goes to stderr, a line per workspace; the
// report is CSV. Exit codes: 0 every workspace created, skipped or would-create; 3 some
// failed; 2 bad input (the reason on stderr).
class ApplySubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplySubcommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadInput = 2;
    static constexpr int kExitSomeFailed = 3;

    // argv[1] is "apply". Builds its own QCoreApplication.
    static int main(int argc, char **argv);
};

} // namespace seqring
