#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// What happens to one call: CallRules::decide for a workspace of 20 criteria over location
// schedules of 50 events each, `runs` times `calls` decisions at times spread over a year
// (target: under 1 ms a call).
struct CallBench {
    int runs = 30;
    int calls = 200;
    QList<Figure> run() const;
};

} // namespace seqring::bench
