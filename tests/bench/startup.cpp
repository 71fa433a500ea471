#include "startup.h"

#include "spawn.h"

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
    const QStringList bareArguments;
    QList<double> appMs, bareMs, appRss, bareRss, appExitMs, bareExitMs, appExitRss, bareExitRss;
    QStringList problems;
    // One untimed run of each first, so both start from a warm page cache.
    runFresh(app, appArguments, withToken);
    runFresh(bare, bareArguments, withToken);
    for (int pair = 0; pair < pairs; ++pair) {
        // Alternate the order inside the pair (AB, BA, ...) so drift hits both alike.
        ProcessRun a, b;
        if (pair % 2 == 0) {
            a = runFresh(app, appArguments, withToken);
            b = runFresh(bare, bareArguments, withToken);
        } else {
            b = runFresh(bare, bareArguments, withToken);
            a = runFresh(app, appArguments, withToken);
        }
        if (!a.ok || !b.ok) {
            problems.append(a.ok ? b.problem : a.problem);
            continue;
        }
        appMs.append(a.firstFrameMs);
        bareMs.append(b.firstFrameMs);
        appRss.append(a.firstFrameRssMiB);
        bareRss.append(b.firstFrameRssMiB);
        appExitMs.append(a.wallMs);
        bareExitMs.append(b.wallMs);
        appExitRss.append(a.maxRssMiB);
        bareExitRss.append(b.maxRssMiB);
    }

    const QString suffix =
        withToken ? QString() : QStringLiteral(", token from the keychain (no D-Bus)");
    const QString bareName = QStringLiteral("bare QMainWindow");
    // Only the first two rows of the run with a token have the 1.3 target; the rest inform.
    const auto figure = [&](const QString &name, const QString &unit, const QList<double> &mine,
                            const QList<double> &theirs, bool withTarget) {
        return comparedFigure(name + suffix, unit, mine, bareName, theirs, withTarget ? 1.3 : 0,
                              problems);
    };
    QList<Figure> figures{figure(QStringLiteral("start-up to first painted frame"),
                                 QStringLiteral("ms"), appMs, bareMs, withToken),
                          figure(QStringLiteral("peak RSS of that run, up to that frame"),
                                 QStringLiteral("MiB"), appRss, bareRss, withToken)};
    if (withToken) {
        figures.append(
            figure(QStringLiteral("that run from spawn to exit (look-ups and teardown included)"),
                   QStringLiteral("ms"), appExitMs, bareExitMs, false));
        figures.append(figure(QStringLiteral("peak RSS of that run, up to exit"),
                              QStringLiteral("MiB"), appExitRss, bareExitRss, false));
    }
    return figures;
}

} // namespace seqring::bench
