#pragma once

#include "tests/bench/figure.h"

#include <utility>

namespace seqring::bench
{

// The table printed by `make bench`, and docs/performance.md around it.
class Report
{
public:
    static QString table(const QList<Figure> &figures);
    // The table, the machine (cores, CPU model, Qt version), the date, the methods and the
    // census of the window's first frame beside its baseline's (markdown).
    static QString document(const QList<Figure> &figures, double totalSeconds,
                            const QString &census);
    // How each figure is measured, and the notes (methods.cpp).
    static QString methods();
    // For a figure (by the start of its name) that missed its target, where the cost is.
    static QList<std::pair<QString, QString>> knownCosts();
};

} // namespace seqring::bench
