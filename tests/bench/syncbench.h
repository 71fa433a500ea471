#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// `seqring-admin sync --desired` over the Professional workspaces a seqring-sandbox process
// generates, a third of which differ from their entries (their ring settings, and a criteria
// to create), against the floor the service sets: the requests a correct sync needs at the
// rate limit, or at the latency with the default concurrency. The bench reads the sandbox
// itself (untimed) to write the file and count what a correct sync needs: the license names
// and the location names once, the pages of workspaces, each workspace's settings, and two
// writes for each one that differs.
struct SyncBench {
    QString app;
    QString sandbox;
    int runs = 3;
    int workspaces = 1000;
    int ratePerSecond = 100;
    int latencyMs = 50;
    QList<Figure> run() const;
};

} // namespace seqring::bench
