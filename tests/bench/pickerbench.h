#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// The workspace picker at scale: bench_picker, `runs` times, against one seqring-sandbox
// process with `workspaces` generated workspaces: the longest event-loop stall while the
// rows arrive (target: at most one frame, 16 ms) and the peak RSS growth from before the
// search to the frame with every row (target: 30 MiB at most).
struct PickerBench {
    QString picker;
    QString sandbox;
    int runs = 10;
    int workspaces = 10000;
    QList<Figure> run() const;
};

} // namespace seqring::bench
