#include "tests/bench/weekbench.h"

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

    // Lines look like: "weekRepaint","run 1","WalltimeMilliseconds",0.52,52,100
    QList<double> weekMs, emptyMs;
    for (const QString &line : output.split(u'\n')) {
        const QStringList fields = line.split(u',');
        if (fields.size() < 4 || !fields.at(2).contains(QStringLiteral("Walltime")))
            continue;
        double value = fields.at(3).toDouble();
        if (fields.at(2).contains(QStringLiteral("Nanoseconds")))
            value /= 1e6;
        if (fields.at(0) == QStringLiteral("\"weekRepaint\""))
            weekMs.append(value);
        else if (fields.at(0) == QStringLiteral("\"emptyRepaint\""))
            emptyMs.append(value);
    }
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
