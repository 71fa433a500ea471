#include "tests/bench/bulkbench.h"

#include "app/files/csvtable.h"
#include "tests/bench/sandboxprocess.h"
#include "tests/bench/sandboxreads.h"
#include "tests/bench/spawn.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace seqring::bench
{

namespace
{

const QString kSchedule = QStringLiteral("London Business Hours");
constexpr int kConcurrency = 4;

// What a correct run over the generated workspaces needs, read from the sandbox.
struct Plan {
    QStringList targetIds;
    QString oneId; // a workspace that passes every check
    int eligible = 0;
    int needed = 0;
};

Plan planRun(const QString &apiRoot, QString *problem)
{
    QNetworkAccessManager manager;
    Plan plan;
    int pages = 0;
    const QList<QJsonObject> workspaces = listAll(manager, apiRoot + QStringLiteral("/workspaces"),
                                                  QStringLiteral("items"), &pages, problem);
    QSet<QString> professional;
    for (const QJsonValue &license :
         getJson(manager, QUrl(apiRoot + QStringLiteral("/licenses")), problem)
             .value(QLatin1String("items"))
             .toArray()) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional.insert(license[QLatin1String("id")].toString());
    }
    plan.needed = 1 + pages;          // the license names, the pages of workspaces
    QHash<QString, bool> hasSchedule; // per location met
    for (const QJsonObject &workspace : workspaces) {
        if (!workspace.value(QLatin1String("displayName"))
                 .toString()
                 .startsWith(QLatin1String("Bulk Workspace ")))
            continue;
        const QString id = workspace.value(QLatin1String("id")).toString();
        plan.targetIds.append(id);
        bool isProfessional = false;
        for (const QJsonValue &license : workspace[QLatin1String("calling")][QLatin1String(
                 "webexCalling")][QLatin1String("licenses")]
                                             .toArray())
            isProfessional = isProfessional || professional.contains(license.toString());
        if (!isProfessional)
            continue; // refused on its license: nothing more is read for it
        const QString location = workspace.value(QLatin1String("locationId")).toString();
        if (!hasSchedule.contains(location)) {
            int schedulePages = 0;
            bool found = false;
            for (const QJsonObject &schedule :
                 listAll(manager,
                         apiRoot + QStringLiteral("/telephony/config/locations/") + location +
                             QStringLiteral("/schedules"),
                         QStringLiteral("schedules"), &schedulePages, problem))
                found = found || schedule.value(QLatin1String("name")).toString() == kSchedule;
            hasSchedule.insert(location, found);
            plan.needed += schedulePages;
        }
        if (!hasSchedule.value(location))
            continue;
        ++plan.eligible;
        plan.needed += 2; // its criteria read, and the create
        if (plan.oneId.isEmpty())
            plan.oneId = id;
    }
    return plan;
}

int createdIn(const QString &reportPath)
{
    QFile file(reportPath);
    QList<QStringList> rows;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !CsvTable::parse(file.readAll(), &rows, &error))
        return -1;
    int created = 0;
    for (const QStringList &row : rows)
        created += row.contains(QStringLiteral("created")) ? 1 : 0;
    return created;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// One apply run, from a fresh folder (HOME, journal, report).
struct Applied {
    ProcessRun process;
    int created = -1;
};

Applied apply(const QString &app, const QString &apiRoot, const QStringList &ids,
              const QStringList &extra)
{
    Applied applied;
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("draft.json"));
    const QString targets = dir.filePath(QStringLiteral("targets.txt"));
    const QString report = dir.filePath(QStringLiteral("report.csv"));
    const QByteArray draftJson = QByteArrayLiteral("{\"scheduleName\": \"") + kSchedule.toUtf8() +
                                 QByteArrayLiteral("\", \"scheduleType\": \"businessHours\", "
                                                   "\"scheduleLevel\": \"GROUP\", \"callsFrom\": "
                                                   "\"ANY_PHONE_NUMBER\", \"ringEnabled\": true}");
    if (!dir.isValid() || !writeText(draft, draftJson) ||
        !writeText(targets, ids.join(QLatin1Char('\n')).toUtf8() + '\n')) {
        applied.process.problem = QStringLiteral("could not write the apply files");
        return applied;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QStringList args = QStringList{QStringLiteral("apply"),
                                         QStringLiteral("--draft"),
                                         draft,
                                         QStringLiteral("--workspaces"),
                                         targets,
                                         QStringLiteral("--base-url"),
                                         apiRoot,
                                         QStringLiteral("--journal"),
                                         dir.filePath(QStringLiteral("run.jsonl")),
                                         QStringLiteral("--report"),
                                         report} +
                             extra;
    applied.process = runProcess(app, args, env);
    // 3: some workspaces failed their checks, as the plan expects of most of them.
    if (!applied.process.ok && applied.process.exitCode == 3) {
        applied.process.ok = true;
        applied.process.problem.clear();
    }
    applied.created = createdIn(report);
    return applied;
}

} // namespace

// The first window of the recovered pace's run admits a quarter of the rate.
constexpr int kFirstWindowDivisor = 4;

QList<Figure> BulkBench::run() const
{
    QList<double> rateMs, rateFloor, latencyMs_, latencyFloor, rss, oneRss, rateSent, latencySent,
        recoveredMs, recoveredFloor;
    QStringList problems;
    double neededShown = 0;
    const QStringList generate{QStringLiteral("--generate-workspaces"), QString::number(workspaces),
                               QStringLiteral("--allow-duplicates")};
    for (int i = 0; i < runs && problems.isEmpty(); ++i) {
        // Rate-limited, rate-limited with a first window throttled harder, latency-bound.
        for (const int kind : {0, 1, 2}) {
            const bool rateLimited = kind < 2;
            const bool harderFirst = kind == 1;
            QStringList mode =
                rateLimited ? QStringList{QStringLiteral("--rate-limit"),
                                          QStringLiteral("%1/1").arg(ratePerSecond)}
                            : QStringList{QStringLiteral("--latency"), QString::number(latencyMs)};
            if (harderFirst)
                mode << QStringLiteral("--rate-limit-first")
                     << QString::number(ratePerSecond / kFirstWindowDivisor);
            SandboxProcess server(sandbox, generate + mode);
            if (server.apiRoot().isEmpty()) {
                problems.append(QStringLiteral("seqring-sandbox did not start"));
                break;
            }
            QString problem;
            const Plan plan = planRun(server.apiRoot(), &problem);
            // The bench's own reads leave the window (with a harder first window, two windows
            // pass, so that the run starts one of its own).
            if (rateLimited)
                QThread::msleep(harderFirst ? 2100 : 1100);
            const int before = requestsSoFar(server.apiRoot(), &problem);
            const Applied applied = apply(app, server.apiRoot(), plan.targetIds, {});
            const int sent = requestsSoFar(server.apiRoot(), &problem) - before;
            if (problem.isEmpty() && !applied.process.ok)
                problem = applied.process.problem;
            if (problem.isEmpty() && applied.created != plan.eligible)
                problem = QStringLiteral("apply created %1 criteria, %2 expected")
                              .arg(applied.created)
                              .arg(plan.eligible);
            if (!problem.isEmpty()) {
                problems.append(problem);
                break;
            }
            neededShown = plan.needed;
            if (harderFirst) {
                recoveredMs.append(applied.process.wallMs);
                recoveredFloor.append(1000.0 * plan.needed / ratePerSecond);
            } else if (rateLimited) {
                rateMs.append(applied.process.wallMs);
                rateFloor.append(1000.0 * plan.needed / ratePerSecond);
                rateSent.append(sent);
                rss.append(applied.process.maxRssMiB);
                QThread::msleep(1100);
                const Applied one =
                    apply(app, server.apiRoot(), {plan.oneId},
                          {QStringLiteral("--on-duplicate"), QStringLiteral("create")});
                if (!one.process.ok || one.created != 1) {
                    problems.append(
                        QStringLiteral("apply to one workspace: ") +
                        (one.process.ok ? QStringLiteral("no create") : one.process.problem));
                    break;
                }
                oneRss.append(one.process.maxRssMiB);
            } else {
                latencyMs_.append(applied.process.wallMs);
                latencyFloor.append(double(plan.needed) * latencyMs / kConcurrency);
                latencySent.append(sent);
            }
        }
    }
    const QString ms = QStringLiteral("ms");
    const QString n = QString::number(workspaces);
    const QString needed = QString::number(neededShown, 'f', 0);
    Figure rate = comparedFigure(
        QStringLiteral("bulk apply, %1 workspaces, rate limit %2/s").arg(n).arg(ratePerSecond), ms,
        rateMs, QStringLiteral("floor: %1 requests at %2/s").arg(needed).arg(ratePerSecond),
        rateFloor, 1.25, problems);
    Figure latency =
        comparedFigure(QStringLiteral("bulk apply, %1 workspaces, latency %2 ms, concurrency %3")
                           .arg(n)
                           .arg(latencyMs)
                           .arg(kConcurrency),
                       ms, latencyMs_,
                       QStringLiteral("floor: %1 requests × %2 ms ÷ %3")
                           .arg(needed)
                           .arg(latencyMs)
                           .arg(kConcurrency),
                       latencyFloor, 1.1, problems);
    Figure recovered = comparedFigure(
        QStringLiteral("bulk apply, %1 workspaces, rate limit %2/s, first window %3/s")
            .arg(n)
            .arg(ratePerSecond)
            .arg(ratePerSecond / kFirstWindowDivisor),
        ms, recoveredMs,
        QStringLiteral("floor: %1 requests at %2/s").arg(needed).arg(ratePerSecond), recoveredFloor,
        1.25, problems);
    Figure memory = comparedFigure(QStringLiteral("bulk apply, %1 workspaces, peak RSS").arg(n),
                                   QStringLiteral("MiB"), rss,
                                   QStringLiteral("apply to one workspace"), oneRss, 1.3, problems);
    Figure sentRate;
    sentRate.name =
        QStringLiteral("bulk apply, requests sent, rate-limited (%1 needed)").arg(needed);
    sentRate.unit = QStringLiteral("requests");
    sentRate.value = summarize(rateSent);
    Figure sentLatency = sentRate;
    sentLatency.name =
        QStringLiteral("bulk apply, requests sent, latency-bound (%1 needed)").arg(needed);
    sentLatency.value = summarize(latencySent);
    return {rate, recovered, latency, memory, sentRate, sentLatency};
}

} // namespace seqring::bench
