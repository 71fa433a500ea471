#pragma once

#include "models/caller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace seqring
{

// `seqring-admin test-call`: what happens to one call to a workspace, decided by CallRules
// on the schedules, criteria and ring settings read afresh from the service. Prints the
// outcome's sentence and the time used (zone and wall clock), or with --json exactly
// CallOutcome::toJson; warnings go to stderr. Exit codes: 0 an answer; 2 bad input (a
// caller or time that does not parse, no token; the reason on stderr); 1 the service could
// not be read.
class TestCallSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(TestCallSubcommand)
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitUnreadable = 1;
    static constexpr int kExitBadInput = 2;

    // argv[1] is "test-call". Builds its own QCoreApplication.
    static int main(int argc, char **argv);

    // --at: exactly "YYYY-MM-DD HH:MM" (24 h), a real date and time, as a wall-clock time at
    // the location (LocalClock::wall); invalid otherwise.
    static QDateTime parseAt(const QString &text);
    // The region national numbers are read in: the country of the IANA zone (Europe/London:
    // GB), "US" when the zone names none.
    static QString regionOfZone(const QString &timeZone);
    // A caller that needs no region (private, unavailable, +E.164): parsed at once. A
    // national number (digits, no '+') is left for the location's region: *national is set.
    // Anything else is an error naming the value.
    static Parsed<Caller> parseCallerEarly(const QString &text, bool *national);
};

} // namespace seqring
