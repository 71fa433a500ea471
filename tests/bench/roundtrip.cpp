#include "tests/bench/roundtrip.h"

#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/bench/bareloop.h"
#include "tests/bench/sandboxprocess.h"
#include "tests/bench/spawn.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <iterator>

namespace seqring::bench
{

namespace
{

const QString kWorkspace = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
const QString kToken = QStringLiteral("sandbox-demo-admin-token");

// The criteria of the edit benchmark: a schedule and twelve selected numbers.
Criteria benchCriteria()
{
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    for (int i = 0; i < 12; ++i)
        criteria.phoneNumbers.append(
            QStringLiteral("+44207946%1").arg(100 + i, 4, 10, QLatin1Char('0')));
    return criteria;
}

QList<HttpRequestSpec> buildRequests(const QString &apiRoot, int count)
{
    RequestContext context;
    context.apiRoot = apiRoot;
    context.workspaceId = kWorkspace;
    context.token = kToken;
    QList<HttpRequestSpec> specs;
    for (int i = 0; i < count; ++i)
        specs.append(ApiRequests::createCriteria(benchCriteria(), context));
    return specs;
}

// Sends the creates one after the other, each when the previous one has finished.
// Returns the batch's wall time in ms, or -1 with `problem` set.
double clientBatch(const QList<HttpRequestSpec> &specs, QString *problem)
{
    ApiClient client;
    QEventLoop loop;
    qsizetype next = 0;
    std::function<void()> sendNext;
    sendNext = [&] {
        if (next == specs.size()) {
            loop.quit();
            return;
        }
        CreateCriteriaJob *job = client.createCriteria(specs.at(next++));
        QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResult &result) {
            if (!result.ok || result.httpStatus != 201) {
                *problem = QStringLiteral("client: create %1 answered %2 (%3)")
                               .arg(next)
                               .arg(result.httpStatus)
                               .arg(result.error.text());
                loop.quit();
                return;
            }
            sendNext();
        });
    };
    return timedBatch(loop, sendNext, QStringLiteral("client"), problem);
}

QString configQuote(const QByteArray &text)
{
    QString out = QString::fromUtf8(text);
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// A curl config with one block per request: the same URL, headers and body bytes.
bool writeCurlConfig(const QList<HttpRequestSpec> &specs, const QString &dir, QString *path)
{
    QFile body(dir + QStringLiteral("/body.json"));
    if (!body.open(QIODevice::WriteOnly) || body.write(specs.first().body) < 0)
        return false;
    body.close();
    QString config;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const HttpRequestSpec &spec = specs.at(i);
        if (i > 0)
            config += QStringLiteral("next\n");
        config += QStringLiteral("url = ") + configQuote(spec.url.toEncoded()) + u'\n';
        config += QStringLiteral("request = ") + configQuote(spec.method) + u'\n';
        for (const auto &[name, value] : spec.headers)
            config += QStringLiteral("header = ") + configQuote(name + ": " + value) + u'\n';
        config += QStringLiteral("data-binary = \"@") + body.fileName() + QStringLiteral("\"\n");
        config += QStringLiteral("silent\noutput = \"/dev/null\"\n");
        config += QStringLiteral("write-out = \"%{http_code} %{num_connects}\\n\"\n");
    }
    *path = dir + QStringLiteral("/requests.curlrc");
    QFile file(*path);
    return file.open(QIODevice::WriteOnly) && file.write(config.toUtf8()) >= 0;
}

// One curl process sends the batch; checks every answer was 201 over one connection.
double curlBatch(const QString &curl, const QList<HttpRequestSpec> &specs, QString *problem)
{
    QTemporaryDir dir;
    QString config;
    if (!dir.isValid() || !writeCurlConfig(specs, dir.path(), &config)) {
        *problem = QStringLiteral("curl: could not write its config");
        return -1;
    }
    const QString outPath = dir.path() + QStringLiteral("/out.txt");
    const ProcessRun run =
        runProcess(curl, {QStringLiteral("-q"), QStringLiteral("--config"), config},
                   QProcessEnvironment::systemEnvironment(), outPath);
    if (!run.ok) {
        *problem = QStringLiteral("curl: ") + run.problem;
        return -1;
    }
    QFile out(outPath);
    if (!out.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("curl: no output");
        return -1;
    }
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    int created = 0;
    int connects = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2 && fields.at(0) == "201")
            ++created;
        connects += fields.value(1).toInt();
    }
    if (created != specs.size() || connects != 1) {
        *problem = QStringLiteral("curl: %1 of %2 created, over %3 connections")
                       .arg(created)
                       .arg(specs.size())
                       .arg(connects);
        return -1;
    }
    return run.wallMs;
}

} // namespace

QList<Figure> RoundTripBench::run() const
{
    // The in-process sides talk to a SandboxServer in their own process and thread, as
    // `seqring-admin --sandbox` runs it; the others to a seqring-sandbox process.
    enum Side { ClientInProcess, BareInProcess, GuardInProcess, ClientToProcess, Curl, Sides };
    QList<double> ms[Sides];
    QStringList problems;
    auto batch = [&](int side) {
        QString problem;
        double took = -1;
        if (side == ClientInProcess || side == BareInProcess || side == GuardInProcess) {
            sandbox::SandboxServer server;
            server.setDuplicateRuleEnabled(false);
            QString error;
            if (!server.start(0, &error)) {
                problems.append(QStringLiteral("in-process sandbox: ") + error);
                return -1.0;
            }
            const QList<HttpRequestSpec> specs = buildRequests(server.apiRoot(), requests);
            took = side == ClientInProcess ? clientBatch(specs, &problem)
                                           : bareBatch(specs, side == GuardInProcess, &problem);
        } else {
            SandboxProcess server(sandbox, {QStringLiteral("--allow-duplicates")});
            if (server.apiRoot().isEmpty()) {
                problems.append(QStringLiteral("seqring-sandbox did not start"));
                return -1.0;
            }
            const QList<HttpRequestSpec> specs = buildRequests(server.apiRoot(), requests);
            took = side == Curl ? curlBatch(curl, specs, &problem) : clientBatch(specs, &problem);
        }
        if (!problem.isEmpty())
            problems.append(problem);
        return took;
    };
    // Warm-up of each, untimed.
    for (int side = 0; side < Sides; ++side)
        batch(side);
    for (int round = 0; round < pairs && problems.isEmpty(); ++round) {
        // Rotate the order inside each round, so drift hits every side alike.
        double took[Sides];
        for (int i = 0; i < Sides; ++i) {
            const int side = (i + round) % Sides;
            took[side] = batch(side);
        }
        if (std::all_of(std::begin(took), std::end(took), [](double t) { return t > 0; })) {
            for (int side = 0; side < Sides; ++side)
                ms[side].append(took[side]);
        }
    }
    const QString bareName = QStringLiteral("bare QNetworkAccessManager");
    const QString curlName = QStringLiteral("one curl process");
    const QString unit = QStringLiteral("ms");
    const QString creates = QStringLiteral("%1 sequential creates").arg(requests);
    return {
        comparedFigure(creates + QStringLiteral(", client and in-process sandbox"), unit,
                       ms[ClientInProcess], bareName, ms[BareInProcess], 1.1, problems),
        comparedFigure(creates + QStringLiteral(", the re-send guard: bare loop with OneShotBody"),
                       unit, ms[GuardInProcess], bareName + QStringLiteral(", plain post"),
                       ms[BareInProcess], 0, problems),
        comparedFigure(creates + QStringLiteral(", client and in-process sandbox, against curl"),
                       unit, ms[ClientInProcess], curlName, ms[Curl], 0, problems),
        comparedFigure(creates + QStringLiteral(", client to a sandbox process, against curl"),
                       unit, ms[ClientToProcess], curlName, ms[Curl], 0, problems)};
}

} // namespace seqring::bench
