#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// 200 sequential creates through seqring::ApiClient against the same 200 POSTs sent by a
// bare QNetworkAccessManager loop, both to a sandbox in their own process and thread (the
// target), and, as information, the re-send guard's cost (the bare loop with OneShotBody
// against a plain post) and the old rows against one curl process over one kept-alive
// connection to a seqring-sandbox process (--allow-duplicates). Every batch gets a fresh
// server; the five kinds of batch run in rounds, their order rotating.
struct RoundTripBench {
    QString sandbox;
    QString curl = QStringLiteral("curl");
    int pairs = 11;
    int requests = 200;
    QList<Figure> run() const;
};

} // namespace seqring::bench
