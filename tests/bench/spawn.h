#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace seqring::bench
{

// One child process as the bench saw it: wall time from spawn to exit, and its peak RSS.
struct ProcessRun {
    bool ok = false; // started, and exited normally with code 0
    int exitCode = -1;
    double wallMs = 0;    // posix_spawn() to wait4() return
    double maxRssMiB = 0; // getrusage's ru_maxrss of the child
    // With watchFirstFrame: when the "first-frame <KiB>" line arrived (-1: never), and the
    // peak RSS the child reported in it (app/firstframereport.h).
    double firstFrameMs = -1;
    double firstFrameRssMiB = 0;
    QString problem;
};

// Runs `program` with `arguments` and exactly `environment`; its standard output goes to
// `stdoutPath` (default: discarded), its standard error is discarded. Spawned with
// posix_spawn and reaped with wait4, so the figures are the child's own.
ProcessRun runProcess(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment,
                      const QString &stdoutPath = QStringLiteral("/dev/null"));
// The same, with standard output read through a pipe for the first-frame line.
ProcessRun runWatchingFirstFrame(const QString &program, const QStringList &arguments,
                                 const QProcessEnvironment &environment);

} // namespace seqring::bench
