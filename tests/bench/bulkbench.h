#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// `seqring-admin apply` over the workspaces a seqring-sandbox process generates, against
// the floor the service sets: (the requests a correct run needs) at the rate limit, or at
// the latency with the default concurrency. Before each run the bench reads the sandbox
// itself (untimed) to learn what a correct run needs: the pages of workspaces, the license
// names once, the schedules of each location met once, and for each workspace that passes
// the checks one read of its criteria and one create. The peak RSS of each rate-limited run
// is paired with the same CLI applying to one workspace of the same sandbox. A third run is
// rate-limited with its first window throttled to a quarter of the rate: the pace learned
// from it must recover, so that the run still ends within 1.25 of the floor.
struct BulkBench {
    QString app;
    QString sandbox;
    int runs = 10;
    int workspaces = 1000;
    int ratePerSecond = 100;
    int latencyMs = 50;
    QList<Figure> run() const;
};

} // namespace seqring::bench
