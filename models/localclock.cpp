#include "models/localclock.h"

#include <QTimeZone>

namespace seqring
{

LocalClockTime LocalClock::at(const QDateTime &utc, const QString &timeZone)
{
    LocalClockTime result;
    const QTimeZone zone(timeZone.toUtf8());
    if (timeZone.isEmpty() || !zone.isValid()) {
        result.error = tr("The time zone \"%1\" is not a known IANA time zone "
                          "(such as America/Chicago).")
                           .arg(timeZone);
        return result;
    }
    if (!utc.isValid()) {
        result.error = tr("The time is not valid.");
        return result;
    }
    const QDateTime there = utc.toTimeZone(zone);
    result.local = wall(there.date(), there.time());
    return result;
}

QDateTime LocalClock::wall(QDate date, QTime time)
{
    return QDateTime(date, time, Qt::UTC);
}

} // namespace seqring
