#pragma once

#include <QByteArray>
#include <QDateTime>

namespace seqring
{

// Reads a Retry-After header value defensively; a pure function, no I/O.
class RetryAfter
{
public:
    // Used when the header is missing, empty or unreadable (e.g. "rand(30),add(30)").
    static constexpr int kDefaultSeconds = 5;
    // No wait is ever longer than this, whatever the server asks for.
    static constexpr int kMaxSeconds = 60;
    // No wait is ever shorter than this: a negative number, zero or a date in the past
    // all mean "1 second", so a misbehaving server is never hammered in a tight loop.
    static constexpr int kMinSeconds = 1;

    // Seconds to wait for `value`: delta-seconds ("30") or an HTTP date (RFC 7231
    // IMF-fixdate "Wed, 21 Oct 2015 07:28:00 GMT", or RFC 2822 / asctime forms),
    // measured from `now`. Always within [kMinSeconds, kMaxSeconds].
    static int seconds(const QByteArray &value,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace seqring
