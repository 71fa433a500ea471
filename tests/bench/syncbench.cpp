#include "tests/bench/syncbench.h"

#include "app/files/statefile.h"
#include "tests/bench/sandboxprocess.h"
#include "tests/bench/sandboxreads.h"
#include "tests/bench/spawn.h"

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

namespace seqring::bench
{

namespace
{

constexpr int kConcurrency = 4;

// The desired file and what a correct sync of it needs, read from the sandbox.
struct Plan {
    int targets = 0;
    int differing = 0;
    int needed = 0;
};

Plan writeDesired(const QString &apiRoot, int count, const QString &path, QString *problem)
{
    QNetworkAccessManager manager;
    Plan plan;
    int pages = 0;
    const QList<QJsonObject> workspaces = listAll(manager, apiRoot + QStringLiteral("/workspaces"),
                                                  QStringLiteral("items"), &pages, problem);
    QString professional;
    for (const QJsonValue &license :
         getJson(manager, QUrl(apiRoot + QStringLiteral("/licenses")), problem)
             .value(QLatin1String("items"))
             .toArray()) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional = license[QLatin1String("id")].toString();
    }
    std::optional<SequentialRingSettings> read;
    StateDocument document;
    document.header.exportedAt = QDateTime::currentDateTimeUtc();
    document.header.apiRoot = apiRoot;
    for (const QJsonObject &workspace : workspaces) {
        const QJsonArray licenses =
            workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                     [QLatin1String("licenses")]
                         .toArray();
        if (!workspace.value(QLatin1String("displayName"))
                 .toString()
                 .startsWith(QLatin1String("Bulk Workspace ")) ||
            !licenses.contains(professional) || plan.targets == count)
            continue;
        WorkspaceState w;
        w.id = workspace.value(QLatin1String("id")).toString();
        w.displayName = workspace.value(QLatin1String("displayName")).toString();
        w.locationId = workspace.value(QLatin1String("locationId")).toString();
        w.professional = true;
        // Its settings as they are (a generated workspace has the sandbox's defaults, read
        // once: the bench's reads stay under the rate limit); every third gets sequential ring
        // turned over and one criteria.
        if (!read)
            read = SequentialRingSettings::fromJson(
                getJson(manager,
                        QUrl(apiRoot + QStringLiteral("/telephony/config/workspaces/") + w.id +
                             QStringLiteral("/sequentialRing")),
                        problem));
        SequentialRingSettings settings = *read;
        settings.criteria.clear();
        if (plan.targets % 3 == 0) {
            settings.enabled = !settings.enabled;
            Criteria all;
            all.callsFrom = CallsFrom::AnyPhoneNumber;
            w.criteria.append({QString(), all, {}});
            ++plan.differing;
        }
        w.settings = settings;
        document.workspaces.append(w);
        ++plan.targets;
    }
    // The license names, the location names, the pages of workspaces; each workspace's
    // settings read; for each one that differs its settings PUT and its create.
    plan.needed = 2 + pages + plan.targets + 2 * plan.differing;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(StateFileWriter::toJson(document)) < 0)
        *problem = QStringLiteral("could not write the desired state");
    return plan;
}

ProcessRun sync(const QString &app, const QString &apiRoot, const QString &desired,
                const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return runProcess(app,
                      {QStringLiteral("sync"), QStringLiteral("--desired"), desired,
                       QStringLiteral("--base-url"), apiRoot, QStringLiteral("--journal"),
                       dir.filePath(QStringLiteral("sync.jsonl")), QStringLiteral("--report"),
                       dir.filePath(QStringLiteral("report.csv"))},
                      env);
}

} // namespace

QList<Figure> SyncBench::run() const
{
    QList<double> rateMs, rateFloor, latencyMs_, latencyFloor, rateSent, latencySent;
    QStringList problems;
    double neededShown = 0;
    // Enough generated workspaces that `workspaces` of them are Professional (nine in ten).
    const QStringList generate{QStringLiteral("--generate-workspaces"),
                               QString::number((workspaces * 10 + 8) / 9)};
    for (int i = 0; i < runs && problems.isEmpty(); ++i) {
        for (const bool rateLimited : {true, false}) {
            const QStringList mode =
                rateLimited ? QStringList{QStringLiteral("--rate-limit"),
                                          QStringLiteral("%1/1").arg(ratePerSecond)}
                            : QStringList{QStringLiteral("--latency"), QString::number(latencyMs)};
            SandboxProcess server(sandbox, generate + mode);
            QTemporaryDir dir;
            if (server.apiRoot().isEmpty() || !dir.isValid()) {
                problems.append(QStringLiteral("seqring-sandbox did not start"));
                break;
            }
            QString problem;
            const QString desired = dir.filePath(QStringLiteral("desired.json"));
            const Plan plan = writeDesired(server.apiRoot(), workspaces, desired, &problem);
            if (rateLimited)
                QThread::msleep(1100); // the bench's own reads leave the window
            const int before = requestsSoFar(server.apiRoot(), &problem);
            const ProcessRun run = sync(app, server.apiRoot(), desired, dir);
            const int sent = requestsSoFar(server.apiRoot(), &problem) - before;
            if (problem.isEmpty() && !run.ok)
                problem = QStringLiteral("sync exited %1: %2").arg(run.exitCode).arg(run.problem);
            if (!problem.isEmpty()) {
                problems.append(problem);
                break;
            }
            neededShown = plan.needed;
            if (rateLimited) {
                rateMs.append(run.wallMs);
                rateFloor.append(1000.0 * plan.needed / ratePerSecond);
                rateSent.append(sent);
            } else {
                latencyMs_.append(run.wallMs);
                latencyFloor.append(double(plan.needed) * latencyMs / kConcurrency);
                latencySent.append(sent);
            }
        }
    }
    const QString ms = QStringLiteral("ms");
    const QString n = QString::number(workspaces);
    const QString needed = QString::number(neededShown, 'f', 0);
    Figure rate = comparedFigure(
        QStringLiteral("sync, %1 workspaces, a third differ, rate limit %2/s")
            .arg(n)
            .arg(ratePerSecond),
        ms, rateMs, QStringLiteral("floor: %1 requests at %2/s").arg(needed).arg(ratePerSecond),
        rateFloor, 1.2, problems);
    Figure latency = comparedFigure(
        QStringLiteral("sync, %1 workspaces, a third differ, latency %2 ms, concurrency %3")
            .arg(n)
            .arg(latencyMs)
            .arg(kConcurrency),
        ms, latencyMs_,
        QStringLiteral("floor: %1 requests × %2 ms ÷ %3")
            .arg(needed)
            .arg(latencyMs)
            .arg(kConcurrency),
        latencyFloor, 1.15, problems);
    Figure sentRate;
    sentRate.name = QStringLiteral("sync, requests sent, rate-limited (%1 needed)").arg(needed);
    sentRate.unit = QStringLiteral("requests");
    sentRate.value = summarize(rateSent);
    Figure sentLatency = sentRate;
    sentLatency.name = QStringLiteral("sync, requests sent, latency-bound (%1 needed)").arg(needed);
    sentLatency.value = summarize(latencySent);
    return {rate, latency, sentRate, sentLatency};
}

} // namespace seqring::bench
