#include "tests/bench/startup.h"

#include "tests/bench/spawn.h"

#include <QTemporaryDir>

namespace seqring::bench
{

namespace
{

// Offscreen, with fresh HOME and XDG directories (no settings from earlier runs) and no
// D-Bus session: the same for the app and the baseline.
QProcessEnvironment freshEnvironment(const QString &home, bool withToken)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    if (withToken)
        env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), QStringLiteral("bench-not-a-real-token"));
    return env;
}

ProcessRun runFresh(const QString &program, const QStringList &arguments, bool withToken)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        ProcessRun failed;
        failed.problem = QStringLiteral("no temporary directory");
        return failed;
    }
    return runWatchingFirstFrame(program, arguments, freshEnvironment(home.path(), withToken));
}

} // namespace

QList<Figure> StartupBench::run(bool withToken) const
{
    // With a token the window starts its look-ups (people/me, workspaces) at once. An https
    // root on a closed loopback port keeps that work (TLS back end, the network thread)
    // without sending anything off this machine: the connection is refused at once.
    const QStringList appArguments{QStringLiteral("--quit-after-first-paint"),
                                   QStringLiteral("--base-url"),
                                   QStringLiteral("https://127.0.0.1:1/v1")};
    const QStringList noArguments;
    enum Side { App, Form, Bare, Sides };
    const QString programs[Sides] = {app, form, bare};
    QList<double> ms[Sides], rss[Sides], exitMs[Sides], exitRss[Sides];
    QStringList problems;
    // One untimed run of each first, so all start from a warm page cache.
    for (int side = 0; side < Sides; ++side)
        runFresh(programs[side], side == App ? appArguments : noArguments, withToken);
    for (int round = 0; round < pairs; ++round) {
        // Rotate the order inside the round (ABC, BCA, CAB, ...) so drift hits all alike.
        ProcessRun runs[Sides];
        for (int i = 0; i < Sides; ++i) {
            const int side = (i + round) % Sides;
            runs[side] =
                runFresh(programs[side], side == App ? appArguments : noArguments, withToken);
        }
        bool ok = true;
        for (const ProcessRun &run : runs) {
            if (!run.ok) {
                problems.append(run.problem);
                ok = false;
            }
        }
        if (!ok)
            continue;
        for (int side = 0; side < Sides; ++side) {
            ms[side].append(runs[side].firstFrameMs);
            rss[side].append(runs[side].firstFrameRssMiB);
            exitMs[side].append(runs[side].wallMs);
            exitRss[side].append(runs[side].maxRssMiB);
        }
    }

    const QString suffix =
        withToken ? QString() : QStringLiteral(", token from the keychain (no D-Bus)");
    const QString formName = QStringLiteral("bench_form_window");
    const QString bareName = QStringLiteral("bare QMainWindow");
    const QString frame = QStringLiteral("start-up to first painted frame");
    const QString frameRss = QStringLiteral("peak RSS of that run, up to that frame");
    const QString msUnit = QStringLiteral("ms");
    const QString mib = QStringLiteral("MiB");
    // The rows against the form window have the 1.2 target (with a token); the rest inform.
    const double limit = withToken ? 1.2 : 0;
    QList<Figure> figures{
        comparedFigure(frame + suffix, msUnit, ms[App], formName, ms[Form], limit, problems),
        comparedFigure(frameRss + suffix, mib, rss[App], formName, rss[Form], limit, problems),
        comparedFigure(frame + suffix + QStringLiteral(", against a bare window"), msUnit, ms[App],
                       bareName, ms[Bare], 0, problems),
        comparedFigure(frameRss + suffix + QStringLiteral(", against a bare window"), mib, rss[App],
                       bareName, rss[Bare], 0, problems)};
    if (withToken) {
        figures.append(comparedFigure(
            QStringLiteral("that run from spawn to exit (look-ups and teardown included)"), msUnit,
            exitMs[App], formName, exitMs[Form], 0, problems));
        figures.append(comparedFigure(QStringLiteral("peak RSS of that run, up to exit"), mib,
                                      exitRss[App], formName, exitRss[Form], 0, problems));
    }
    return figures;
}

} // namespace seqring::bench
