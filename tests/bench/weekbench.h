#pragma once

#include "tests/bench/figure.h"

#include <QList>
#include <QString>

namespace seqring::bench
{

// Runs bench_week once (Qt Test, -csv): the When it rings week's repaint at the default
// size, below a frame (16 ms), with an empty widget's render of that size as its baseline.
QList<Figure> weekFigures(const QString &program);

} // namespace seqring::bench
