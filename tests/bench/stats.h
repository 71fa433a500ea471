#pragma once

#include <QList>
#include <algorithm>

namespace seqring::bench
{

// Median, smallest and largest of a set of runs.
struct Summary {
    double median = 0;
    double min = 0;
    double max = 0;
    int count = 0;
};

inline Summary summarize(QList<double> values)
{
    Summary s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    s.min = values.first();
    s.max = values.last();
    return s;
}

// a[i] / b[i], pair by pair.
inline QList<double> ratios(const QList<double> &a, const QList<double> &b)
{
    QList<double> out;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        out.append(b.at(i) > 0 ? a.at(i) / b.at(i) : 0);
    return out;
}

} // namespace seqring::bench
