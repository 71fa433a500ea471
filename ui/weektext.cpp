#include "ui/weektext.h"

#include <QLocale>

namespace seqring
{

namespace
{
QString dayName(QDate date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
}
} // namespace

QString WeekText::laneName(const CriteriaLane &lane, bool form)
{
    const QString name = lane.schedule ? tr("%1 criteria").arg(lane.schedule->name.trimmed())
                                       : tr("All hours criteria");
    return form ? tr("Form: %1").arg(name) : name;
}

QString WeekText::effect(const CriteriaLane &lane)
{
    return lane.ringEnabled ? tr("rings") : tr("does not ring");
}

QString WeekText::span(const WallInterval &interval)
{
    const QDate startDay = interval.start.date();
    QDate endDay = interval.end.date();
    QString endTime = interval.end.time().toString(QStringLiteral("HH:mm"));
    if (interval.end.time() == QTime(0, 0) && endDay > startDay) {
        endDay = endDay.addDays(-1); // midnight: the end of the day before
        endTime = QStringLiteral("24:00");
    }
    const QString start = dayName(startDay) + QLatin1Char(' ') +
                          interval.start.time().toString(QStringLiteral("HH:mm"));
    if (endDay == startDay)
        return start + QChar(0x2013) + endTime;
    return start + QChar(0x2013) + dayName(endDay) + QLatin1Char(' ') + endTime;
}

QString WeekText::band(const CriteriaLane &lane, bool form, const WallInterval &interval)
{
    return tr("%1: %2, %3").arg(laneName(lane, form), span(interval), effect(lane));
}

QStringList WeekText::lines(const QList<WallInterval> &holidays, const QList<CriteriaLane> &lanes,
                            int formLane)
{
    QStringList lines;
    for (const WallInterval &holiday : holidays)
        lines.append(tr("%1: holiday").arg(span(holiday)));
    for (int i = 0; i < lanes.size(); ++i) {
        const CriteriaLane &lane = lanes.at(i);
        const QString name = laneName(lane, i == formLane);
        if (lane.scheduleMissing)
            lines.append(tr("%1: its schedule is not at this location, never in effect").arg(name));
        else if (lane.bands.isEmpty())
            lines.append(tr("%1: not in effect this week").arg(name));
        for (const WallInterval &band : lane.bands)
            lines.append(tr("%1: %2, %3").arg(span(band), name, effect(lane)));
    }
    return lines;
}

QString WeekText::laneHeading(const CriteriaLane &lane, bool form)
{
    QString heading = laneName(lane, form) + QStringLiteral(" \u2014 ") + effect(lane);
    if (lane.scheduleMissing)
        heading += QStringLiteral(" \u2014 ") + tr("its schedule is not at this location");
    return heading;
}

} // namespace seqring
