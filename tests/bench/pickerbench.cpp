#include "tests/bench/pickerbench.h"

#include "tests/bench/sandboxprocess.h"
#include "tests/bench/spawn.h"

#include <QFile>
#include <QTemporaryDir>

namespace seqring::bench
{

QList<Figure> PickerBench::run() const
{
    QList<double> stalls, growth;
    QStringList problems;
    SandboxProcess server(sandbox,
                          {QStringLiteral("--generate-workspaces"), QString::number(workspaces)});
    QTemporaryDir dir;
    if (server.apiRoot().isEmpty() || !dir.isValid())
        problems.append(QStringLiteral("seqring-sandbox did not start"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("seqring.http.info=false"));
    const QString out = dir.filePath(QStringLiteral("picker.txt"));
    for (int i = 0; i < runs && problems.isEmpty(); ++i) {
        const ProcessRun run =
            runProcess(picker, {QStringLiteral("--api-root"), server.apiRoot()}, env, out);
        QFile file(out);
        const QList<QByteArray> fields = file.open(QIODevice::ReadOnly)
                                             ? file.readAll().trimmed().split(' ')
                                             : QList<QByteArray>();
        if (!run.ok || fields.size() != 5 || fields.at(0) != "picker") {
            problems.append(QStringLiteral("bench_picker: ") +
                            (run.ok ? QStringLiteral("no result line") : run.problem));
            break;
        }
        const int rows = fields.at(4).toInt();
        if (rows < workspaces) {
            problems.append(
                QStringLiteral("bench_picker showed %1 rows of %2").arg(rows).arg(workspaces));
            break;
        }
        stalls.append(fields.at(1).toDouble());
        growth.append((fields.at(3).toDouble() - fields.at(2).toDouble()) / 1024.0);
    }
    const QString name = QStringLiteral("picker, %1 workspaces, empty search paged in full")
                             .arg(QLocale::c().toString(workspaces));
    Figure stall;
    stall.name = name + QStringLiteral(": longest event-loop stall");
    stall.unit = QStringLiteral("ms");
    stall.value = summarize(stalls);
    stall.target = Figure::Target::MedianAtMost;
    stall.limit = 16;
    stall.problems = problems;
    Figure memory = stall;
    memory.name = name + QStringLiteral(": peak RSS growth");
    memory.unit = QStringLiteral("MiB");
    memory.value = summarize(growth);
    memory.limit = 30;
    return {stall, memory};
}

} // namespace seqring::bench
