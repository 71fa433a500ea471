#include "tests/bench/weekbench.h"

#include "tests/bench/qtestcsv.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace seqring::bench
{

QList<Figure> weekFigures(const QString &program)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("-csv")});
    const bool finished = process.waitForFinished(180000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());

    const QHash<QString, QList<double>> times = seqring::bench::qtestWalltimesMs(output);
    const QList<double> weekMs = times.value(QStringLiteral("weekRepaint"));
    const QList<double> emptyMs = times.value(QStringLiteral("emptyRepaint"));
    Figure week = comparedFigure(QStringLiteral("When it rings: one repaint at the default size"),
                                 QStringLiteral("ms"), weekMs,
                                 QStringLiteral("an empty widget of that size"), emptyMs, 0, {});
    week.target = Figure::Target::MedianBelow;
    week.limit = 16; // a frame at 60 Hz
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        week.problems.append(
            QStringLiteral("bench_week failed: ") +
            QString::fromUtf8(process.readAllStandardError()).left(200).simplified());
    }
    return {week};
}

} // namespace seqring::bench
