// bench_week: one repaint of the When it rings week (WeekChart) at its size in the window at
// the default size, rendered into an image, against the same render of an empty widget of
// that size; as Qt Test benchmarks, each data row one run, so one process gives the driver
// (seqring-bench) eleven pairs.
#include "models/callrules.h"
#include "ui/weekchart.h"

#include <QImage>
#include <QTest>

using namespace seqring;

namespace
{

constexpr int kRuns = 11;
// The chart's size in the window at its default size (1180 x 760), English.
const QSize kChartSize(590, 330);

LocationSchedule schedule(const QByteArray &json)
{
    const LocationScheduleRead read = LocationScheduleJson::fromJson(json);
    if (!read.schedule)
        qFatal("bench_week: bad schedule");
    return *read.schedule;
}

// A busy week: ten criteria over five schedules of weekly and yearly events, and holidays.
WeekView busyWeek(std::optional<CriteriaLane> *formLane)
{
    QList<LocationSchedule> schedules;
    for (int s = 0; s < 4; ++s) {
        QByteArray events;
        for (int e = 0; e < 4; ++e) {
            const int hour = 6 + s + e * 4;
            events += QStringLiteral(R"(%1{"name": "E%2", "startDate": "2026-01-05",
                "endDate": "2026-01-05", "startTime": "%3:00", "endTime": "%3:45",
                "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true,
                "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
                "saturday": %4}}})")
                          .arg(e ? QStringLiteral(",") : QString())
                          .arg(e)
                          .arg(hour, 2, 10, QLatin1Char('0'))
                          .arg(e % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                          .toUtf8();
        }
        schedules.append(schedule(QByteArray(R"({"id": "S)") + QByteArray::number(s) +
                                  R"(", "name": "Hours )" + QByteArray::number(s) +
                                  R"(", "type": "businessHours", "events": [)" + events + "]}"));
    }
    schedules.append(schedule(R"({"id": "H", "name": "Holidays", "type": "holidays", "events": [
        {"name": "Christmas", "startDate": "2026-12-25", "endDate": "2026-12-26",
         "allDayEnabled": true, "recurrence": {"recurForEver": true,
         "recurYearlyByDate": {"dayOfMonth": 25, "month": "DECEMBER"}}}]})"));
    QList<ExistingCriteria> criteria;
    for (int c = 0; c < 10; ++c) {
        Criteria criteria1;
        if (c != 9)
            criteria1.schedule =
                c == 8
                    ? Schedule{QStringLiteral("Holidays"), ScheduleType::Holidays}
                    : Schedule{QStringLiteral("Hours %1").arg(c % 4), ScheduleType::BusinessHours};
        criteria1.ringEnabled = c % 3 != 0;
        criteria.append({QStringLiteral("C%1").arg(c), criteria1});
    }
    const QDate monday(2026, 12, 21);
    *formLane = CallRules::weekBands({criteria.first()}, schedules, monday).lanes.value(0);
    return CallRules::weekBands(criteria, schedules, monday);
}

void addRuns()
{
    QTest::addColumn<int>("run");
    for (int run = 1; run <= kRuns; ++run)
        QTest::addRow("run %d", run) << run;
}

} // namespace

class BenchWeek : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weekRepaint_data() { addRuns(); }
    void weekRepaint();
    void emptyRepaint_data() { addRuns(); }
    void emptyRepaint();
};

// The chart with ten lanes, the form's lane, holidays and today's line, painted whole.
void BenchWeek::weekRepaint()
{
    std::optional<CriteriaLane> form;
    WeekChart chart;
    chart.setWeek(busyWeek(&form));
    chart.setFormLane(form);
    chart.setNow(LocalClock::wall(QDate(2026, 12, 23), QTime(11, 20)));
    chart.resize(kChartSize);
    chart.ensurePolished();
    QImage image(kChartSize, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        chart.render(&image);
    }
    QCOMPARE(chart.laneCount(), 11);
    QVERIFY(chart.bandLines().size() > 100);
}

// The baseline: an empty widget of the same size, filling its background.
void BenchWeek::emptyRepaint()
{
    QWidget empty;
    empty.setAutoFillBackground(true);
    empty.resize(kChartSize);
    empty.ensurePolished();
    QImage image(kChartSize, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        empty.render(&image);
    }
}

QTEST_MAIN(BenchWeek)
#include "bench_week.moc"
