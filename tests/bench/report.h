#pragma once

#include "figure.h"

namespace seqring::bench
{

// The table printed by `make bench`, and docs/performance.md around it.
class Report
{
public:
    static QString table(const QList<Figure> &figures);
    // The table, the machine (cores, CPU model, Qt version), the date and the methods.
    static QString document(const QList<Figure> &figures, double totalSeconds);
};

} // namespace seqring::bench
