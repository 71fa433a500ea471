#include "tests/bench/exportbench.h"

#include "tests/bench/sandboxprocess.h"
#include "tests/bench/spawn.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

namespace seqring::bench
{

namespace
{

const QString kToken = QStringLiteral("sandbox-demo-admin-token");
constexpr int kPage = 100;         // StateExport::kPageSize
constexpr int kDemoWorkspaces = 6; // of the demo organisation before any are generated

int pagesFor(int items)
{
    return items / kPage + 1; // the last page is shorter than a page, perhaps empty
}

// The requests a correct export of the demo organisation needs, from the sandbox's state.
int neededRequests(const QString &statePath, QString *problem)
{
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("the sandbox's state %1 cannot be read").arg(statePath);
        return 0;
    }
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QString orgId = doc.value(QLatin1String("tokens"))[0][QLatin1String("orgId")].toString();
    QSet<QString> professional;
    int licenses = 0, locations = 0, numbers = 0;
    for (const QJsonValue &license : doc.value(QLatin1String("licenses")).toArray()) {
        if (license[QLatin1String("orgId")].toString() != orgId)
            continue;
        ++licenses;
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional.insert(license[QLatin1String("id")].toString());
    }
    for (const QJsonValue &location : doc.value(QLatin1String("locations")).toArray())
        locations += location[QLatin1String("orgId")].toString() == orgId ? 1 : 0;
    for (const QJsonValue &number : doc.value(QLatin1String("numbers")).toArray())
        numbers += number[QLatin1String("orgId")].toString() == orgId ? 1 : 0;
    int workspaces = 0, perWorkspace = 0;
    const QJsonObject criteria = doc.value(QLatin1String("criteria")).toObject();
    for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
        if (workspace[QLatin1String("orgId")].toString() != orgId)
            continue;
        ++workspaces;
        const QJsonObject calling = workspace[QLatin1String("calling")].toObject();
        if (calling.value(QLatin1String("type")).toString() != QLatin1String("webexCalling"))
            continue;
        bool isProfessional = false;
        for (const QJsonValue &license :
             calling[QLatin1String("webexCalling")][QLatin1String("licenses")].toArray())
            isProfessional = isProfessional || professional.contains(license.toString());
        if (isProfessional) // its settings, and each criteria whole
            perWorkspace +=
                1 + int(criteria.value(workspace[QLatin1String("id")].toString()).toArray().size());
    }
    return pagesFor(licenses) + pagesFor(locations) + pagesFor(numbers) + pagesFor(workspaces) +
           perWorkspace;
}

// One export of the demo organisation, from a fresh folder; its exit code must be 0.
ProcessRun exportAll(const QString &app, const QString &apiRoot, int *written)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    const QString out = dir.filePath(QStringLiteral("state.json"));
    ProcessRun run = runProcess(app,
                                {QStringLiteral("export"), QStringLiteral("--out"), out,
                                 QStringLiteral("--base-url"), apiRoot},
                                env);
    QFile file(out);
    *written = file.open(QIODevice::ReadOnly)
                   ? int(QJsonDocument::fromJson(file.readAll())[QLatin1String("workspaces")]
                             .toArray()
                             .size())
                   : -1;
    return run;
}

} // namespace

QList<Figure> ExportBench::run() const
{
    QList<double> rateMs, rateFloor, manyRss, fewRss, growth;
    QStringList problems;
    int neededShown = 0;
    for (int i = 0; i < runs && problems.isEmpty(); ++i) {
        // Rate-limited: the demo organisation grown to `workspaces`.
        {
            QTemporaryDir dir;
            const QString state = dir.filePath(QStringLiteral("state.json"));
            SandboxProcess server(sandbox, {QStringLiteral("--state"), state,
                                            QStringLiteral("--generate-workspaces"),
                                            QString::number(workspaces - kDemoWorkspaces),
                                            QStringLiteral("--rate-limit"),
                                            QStringLiteral("%1/1").arg(ratePerSecond)});
            QString problem;
            const int needed = server.apiRoot().isEmpty() ? 0 : neededRequests(state, &problem);
            if (server.apiRoot().isEmpty())
                problem = QStringLiteral("seqring-sandbox did not start");
            int written = 0;
            const ProcessRun run =
                problem.isEmpty() ? exportAll(app, server.apiRoot(), &written) : ProcessRun{};
            if (problem.isEmpty() && !run.ok)
                problem = QStringLiteral("export: ") + run.problem;
            if (problem.isEmpty() && written != workspaces)
                problem = QStringLiteral("export wrote %1 workspaces, %2 expected")
                              .arg(written)
                              .arg(workspaces);
            if (!problem.isEmpty()) {
                problems.append(problem);
                break;
            }
            neededShown = needed;
            rateMs.append(run.wallMs);
            rateFloor.append(1000.0 * needed / ratePerSecond);
        }
        // Memory: many workspaces, then few, each against its own sandbox (no rate limit).
        double rss[2] = {0, 0};
        const int counts[2] = {manyWorkspaces, fewWorkspaces};
        for (int k = 0; k < 2 && problems.isEmpty(); ++k) {
            SandboxProcess server(sandbox, {QStringLiteral("--generate-workspaces"),
                                            QString::number(counts[k] - kDemoWorkspaces)});
            int written = 0;
            const ProcessRun run = server.apiRoot().isEmpty()
                                       ? ProcessRun{}
                                       : exportAll(app, server.apiRoot(), &written);
            if (!run.ok || written != counts[k]) {
                problems.append(
                    QStringLiteral("export of %1 workspaces: %2")
                        .arg(counts[k])
                        .arg(run.ok ? QStringLiteral("%1 written").arg(written) : run.problem));
                break;
            }
            rss[k] = run.maxRssMiB;
        }
        if (!problems.isEmpty())
            break;
        manyRss.append(rss[0]);
        fewRss.append(rss[1]);
        growth.append(rss[0] - rss[1]);
    }
    Figure rate = comparedFigure(
        QStringLiteral("export, %1 workspaces, rate limit %2/s").arg(workspaces).arg(ratePerSecond),
        QStringLiteral("ms"), rateMs,
        QStringLiteral("floor: %1 requests at %2/s").arg(neededShown).arg(ratePerSecond), rateFloor,
        1.15, problems);
    Figure memory;
    memory.name = QStringLiteral("export, peak RSS of %1 workspaces above that of %2")
                      .arg(manyWorkspaces)
                      .arg(fewWorkspaces);
    memory.unit = QStringLiteral("MiB");
    memory.value = summarize(growth);
    memory.target = Figure::Target::MedianAtMost;
    memory.limit = 50;
    memory.problems = problems;
    Figure peak = comparedFigure(
        QStringLiteral("export, %1 workspaces, peak RSS").arg(manyWorkspaces),
        QStringLiteral("MiB"), manyRss,
        QStringLiteral("export of %1 workspaces").arg(fewWorkspaces), fewRss, 0, problems);
    return {rate, memory, peak};
}

} // namespace seqring::bench
