#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// `seqring-admin export` over the workspaces a seqring-sandbox process generates. Rate-
// limited: its wall time against the floor the service sets, the requests a correct export
// needs at the rate limit, counted from the sandbox's own state file (untimed): a page each
// of licenses, locations and the organisation's numbers, the pages of workspaces, and for
// each Professional workspace its settings and each of its criteria. Memory: the peak RSS of
// the export of `manyWorkspaces` against the export of `fewWorkspaces`, the growth in MiB.
struct ExportBench {
    QString app;
    QString sandbox;
    int runs = 5;
    int workspaces = 1000; // in the rate-limited runs, the demo organisation's six included
    int ratePerSecond = 100;
    int manyWorkspaces = 10000;
    int fewWorkspaces = 10;
    QList<Figure> run() const;
};

} // namespace seqring::bench
