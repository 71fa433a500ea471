#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace seqring
{

// The wall-clock time at a location, or why there is none.
struct LocalClockTime {
    QDateTime local; // floating wall clock (Qt::UTC spec, see LocalClock::wall); invalid on error
    QString error;   // names the zone when it is not a known IANA name
};

// Wall-clock time at a location, for "now at the location" and the times rules compare.
class LocalClock
{
    Q_DECLARE_TR_FUNCTIONS(LocalClock)
public:
    // The wall-clock time in the IANA zone `timeZone` (e.g. "America/Chicago") at the UTC
    // instant `utc`; through QTimeZone, so DST changes are the zone database's.
    static LocalClockTime at(const QDateTime &utc, const QString &timeZone);
    // A wall-clock time at the location from a date and a time: a QDateTime in Qt::UTC used
    // as a floating clock, with no zone and no DST, so that differences are wall-clock
    // differences. Schedule events and the time of a call are all in this form.
    static QDateTime wall(QDate date, QTime time);
};

} // namespace seqring
