// libFuzzer target: Retry-After values, against a fixed clock. Every answer is a wait
// within the documented bounds.
#include "app/client/retryafter.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDateTime>

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1795748400, Qt::UTC);
    const int wait = RetryAfter::seconds(fuzz::bytesOf(data, size), now);
    fuzz::require(wait >= RetryAfter::kMinSeconds && wait <= RetryAfter::kMaxSeconds,
                  "the wait is within its bounds");
    return 0;
}
