#pragma once

#include "tests/bench/stats.h"

#include <QString>
#include <QStringList>

namespace seqring::bench
{

// One row of the table: the app's runs, the baseline's runs of the same pairs, their
// pair-by-pair ratios, the target and whether it was met.
struct Figure {
    enum class Target { RatioAtMost, MedianBelow, MedianAtMost, None };

    QString name;
    QString unit; // of value and baseline: "ms" or "MiB"
    Summary value;
    QString baselineName; // empty: no baseline
    Summary baseline;
    Summary ratio; // median, min and max of value/baseline per pair
    Target target = Target::None;
    double limit = 0;
    QStringList problems; // a run that failed: the figure is not met, and says why

    bool hasBaseline() const { return !baselineName.isEmpty(); }
    bool met() const
    {
        if (!problems.isEmpty() || value.count == 0)
            return false;
        switch (target) {
        case Target::RatioAtMost:
            return ratio.count > 0 && ratio.median <= limit;
        case Target::MedianBelow:
            return value.median < limit;
        case Target::MedianAtMost:
            return value.median <= limit;
        case Target::None:
            break;
        }
        return true;
    }
    QString targetText() const
    {
        switch (target) {
        case Target::RatioAtMost:
            return QStringLiteral("ratio ≤ %1").arg(limit);
        case Target::MedianBelow:
            return QStringLiteral("median < %1 %2").arg(limit).arg(unit);
        case Target::MedianAtMost:
            return QStringLiteral("median ≤ %1 %2").arg(limit).arg(unit);
        case Target::None:
            break;
        }
        return QStringLiteral("(information)");
    }
};

// A figure measured pair by pair against a baseline (`mine` and `theirs` in pair order).
// With a ratioLimit above 0 its target is "ratio ≤ ratioLimit"; otherwise it informs.
inline Figure comparedFigure(const QString &name, const QString &unit, const QList<double> &mine,
                             const QString &baselineName, const QList<double> &theirs,
                             double ratioLimit, const QStringList &problems)
{
    Figure f;
    f.name = name;
    f.unit = unit;
    f.value = summarize(mine);
    f.baselineName = baselineName;
    f.baseline = summarize(theirs);
    f.ratio = summarize(ratios(mine, theirs));
    f.target = ratioLimit > 0 ? Figure::Target::RatioAtMost : Figure::Target::None;
    f.limit = ratioLimit;
    f.problems = problems;
    return f;
}

} // namespace seqring::bench
