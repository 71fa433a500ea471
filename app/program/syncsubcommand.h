#pragma once

#include <QCoreApplication>

namespace seqring
{

// `seqring-admin sync`: makes each workspace of a state file equal to its entry (--desired),
// or every target equal to a template (--template with --workspaces), with no window. The
// plan of each workspace comes from SyncPlanner; the writes are journaled and resumable.
// Progress goes to stderr (SyncProgress: a live line on a terminal, else a line per
// workspace and one per tenth of them); the report is CSV, a row per action. Exit
// codes: 0 every workspace matches (or would, in a dry run); 3 some failed or were left not
// matching; 2 bad input (the reason on stderr).
class SyncSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncSubcommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadInput = 2;
    static constexpr int kExitNotMatching = 3;

    // argv[1] is "sync". Builds its own QCoreApplication.
    static int main(int argc, char **argv);
};

} // namespace seqring
