#pragma once

#include "tests/bench/figure.h"

namespace seqring::bench
{

// Start-up to the first painted frame, and the peak RSS of that run: seqring-admin
// --quit-after-first-paint against bench_form_window (the target) and
// bench_bare_mainwindow (information), interleaved round by round.
struct StartupBench {
    QString app;
    QString form;
    QString bare;
    int pairs = 15;
    // withToken: WEBEX_ACCESS_TOKEN is set, so no keychain read is made. Without it the
    // app asks the keychain (there is no D-Bus session in the bench's environment).
    QList<Figure> run(bool withToken) const;
};

} // namespace seqring::bench
