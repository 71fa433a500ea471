#include "tests/bench/report.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <utility>

namespace seqring::bench
{

namespace
{

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    if (value >= 1)
        return QString::number(value, 'f', 2);
    return QString::number(value, 'f', 3);
}

QString withUnit(double value, const QString &unit)
{
    return number(value) + u' ' + unit;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    static const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                          QRegularExpression::MultilineOption);
    const auto match = model.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown");
}

} // namespace

QString Report::table(const QList<Figure> &figures)
{
    QString out = QStringLiteral(
        "| figure | median | min | max | baseline median | ratio (min–max) | target | met? |\n"
        "|---|---|---|---|---|---|---|---|\n");
    for (const Figure &f : figures) {
        QString baseline = QStringLiteral("—");
        QString ratio = QStringLiteral("—");
        if (f.hasBaseline()) {
            baseline =
                withUnit(f.baseline.median, f.unit) + QStringLiteral(" (") + f.baselineName + u')';
            ratio = QString::number(f.ratio.median, 'f', 2) + QStringLiteral(" (") +
                    QString::number(f.ratio.min, 'f', 2) + u'–' +
                    QString::number(f.ratio.max, 'f', 2) + u')';
        }
        QString verdict;
        if (!f.problems.isEmpty())
            verdict = QStringLiteral("**FAILED**: ") + f.problems.first();
        else if (f.target == Figure::Target::None)
            verdict = QStringLiteral("—");
        else
            verdict = f.met() ? QStringLiteral("yes") : QStringLiteral("**NO, missed**");
        out += QStringLiteral("| %1 (n=%2) | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(f.name)
                   .arg(f.value.count)
                   .arg(withUnit(f.value.median, f.unit), withUnit(f.value.min, f.unit),
                        withUnit(f.value.max, f.unit), baseline, ratio, f.targetText(), verdict);
    }
    return out;
}

namespace
{

// For each figure that missed its target, where its cost is (found with callgrind and
// timestamps on this kind of machine; the closing notes of issue 7 say what would
// remove it).
QString costs(const QList<Figure> &figures)
{
    const QList<std::pair<QString, QString>> known = Report::knownCosts();
    QString out;
    for (const auto &[name, cost] : known) {
        for (const Figure &f : figures) {
            if (f.target != Figure::Target::None && !f.met() && f.name.contains(name)) {
                out += QStringLiteral("- ") + cost + u'\n';
                break;
            }
        }
    }
    return out.isEmpty() ? QString()
                         : QStringLiteral("\n## Where the missed targets' cost is\n\n") + out;
}

} // namespace

QString Report::document(const QList<Figure> &figures, double totalSeconds, const QString &census)
{
    QString missed;
    for (const Figure &f : figures) {
        if (f.target != Figure::Target::None && !f.met())
            missed += QStringLiteral("- ") + f.name + u'\n';
    }
    QString doc;
    doc += QStringLiteral(
        "# Performance\n\n"
        "Measured by `make bench` (the `bench` target; not part of `make test`). "
        "Every figure is the median of its runs (n in the first column), with "
        "the smallest and largest run beside it. Every ratio is taken pair by "
        "pair against a baseline run in the same `make bench`, interleaved "
        "with it (the order inside a pair alternates), then the median of those "
        "ratios is reported, so a busy machine slows both sides of a pair alike.\n\n");
    doc += table(figures);
    doc += u'\n';
    doc += missed.isEmpty() ? QStringLiteral("All targets were met in this run.\n\n")
                            : QStringLiteral("Targets missed in this run:\n\n") + missed + u'\n';
    doc += QStringLiteral("## Machine\n\n");
    doc += QStringLiteral("- date: %1 (UTC)\n")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc += QStringLiteral("- cores: %1 (shared with other work while measuring)\n")
               .arg(QThread::idealThreadCount());
    doc += QStringLiteral("- CPU: %1\n").arg(cpuModel());
    doc += QStringLiteral("- system: %1, %2\n")
               .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    doc += QStringLiteral("- Qt: %1 (built against %2)\n")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    doc += QStringLiteral("- compiler: GCC %1, build type %2, `-O` flags of that CMake build type "
                          "for the app and its baselines alike\n")
               .arg(QStringLiteral(__VERSION__), QStringLiteral(SEQRING_BENCH_BUILD_TYPE));
    doc += QStringLiteral("- whole bench: %1 s\n\n").arg(QString::number(totalSeconds, 'f', 0));
    doc += Report::methods();
    doc += QStringLiteral("\n## The census of the first frame\n\n"
                          "What the admin window's first frame shows, counted by Qt class by "
                          "`bench_window_census` (the real window, built as the app builds it, "
                          "after its first paint), beside the same count of "
                          "`bench_form_window`. The bench fails when they differ, so the "
                          "baseline follows the window.\n\n") +
           census;
    doc += costs(figures);
    return doc;
}

} // namespace seqring::bench
