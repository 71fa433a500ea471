#pragma once

#include "figure.h"

namespace seqring::bench
{

// 200 sequential creates through seqring::ApiClient against 200 identical POSTs sent by
// one curl process over one kept-alive connection. Both talk to a seqring-sandbox
// process (--allow-duplicates) of their own, started fresh for every batch.
struct RoundTripBench {
    QString sandbox;
    QString curl = QStringLiteral("curl");
    int pairs = 11;
    int requests = 200;
    Figure run() const;
};

} // namespace seqring::bench
