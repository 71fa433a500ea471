#pragma once

#include "figure.h"

namespace seqring::bench
{

// 200 sequential creates through seqring::ApiClient against 200 identical POSTs sent by
// one curl process over one kept-alive connection to a seqring-sandbox process
// (--allow-duplicates). The client is measured twice: against the sandbox in its own
// process (the figure) and against a sandbox process like curl's. Every batch
// gets a fresh server.
struct RoundTripBench {
    QString sandbox;
    QString curl = QStringLiteral("curl");
    int pairs = 11;
    int requests = 200;
    QList<Figure> run() const;
};

} // namespace seqring::bench
