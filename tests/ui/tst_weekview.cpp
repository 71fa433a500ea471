// The When it rings week: the chart drawn from a WeekView (spans, the description screen
// readers get, selecting bands with the keyboard and the mouse), and in the window for
// London - Reception: its lanes and bands, the form's lane following the form as it is
// edited (before anything is sent), and Previous week, Next week and This week.
#include "app/workspace/targetmodel.h"
#include "models/criteriamodel.h"
#include "models/localclock.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/callactions.h"
#include "ui/weekchart.h"
#include "ui/weekpanel.h"
#include "ui/weektext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>

using namespace seqring;

namespace
{
QDateTime wall(int month, int day, int hour, int minute = 0)
{
    return LocalClock::wall(QDate(2026, month, day), QTime(hour, minute));
}

// A week of two lanes: Office Hours (rings) Monday and Tuesday 09:00-12:30, and Nights
// (does not ring) Monday 22:00 to Tuesday 06:00; a holiday on Friday.
WeekView sampleWeek()
{
    WeekView week;
    week.monday = QDate(2026, 12, 21);
    CriteriaLane office;
    office.criteriaId = QStringLiteral("C1");
    office.schedule = Schedule{QStringLiteral("Office Hours"), ScheduleType::BusinessHours};
    office.bands = {{wall(12, 21, 9), wall(12, 21, 12, 30)},
                    {wall(12, 22, 9), wall(12, 22, 12, 30)}};
    CriteriaLane nights;
    nights.criteriaId = QStringLiteral("C2");
    nights.schedule = Schedule{QStringLiteral("Nights"), ScheduleType::BusinessHours};
    nights.ringEnabled = false;
    nights.bands = {{wall(12, 21, 22), wall(12, 22, 6)}};
    week.lanes = {office, nights};
    week.holidays = {{wall(12, 25, 0), wall(12, 26, 0)}};
    return week;
}
} // namespace

class TestWeekView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void span_data();
    void span();
    void description();
    void selectWithKeyboardAndMouse();
    void londonReceptionWeek();
    void formLaneFollowsTheForm();
    void navigation();
    void malformedEventNamed();
};

void TestWeekView::span_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("within a day") << wall(12, 21, 9) << wall(12, 21, 12, 30)
                                  << QStringLiteral("Mon 09:00–12:30");
    QTest::newRow("to midnight") << wall(12, 26, 0) << wall(12, 27, 0)
                                 << QStringLiteral("Sat 00:00–24:00");
    QTest::newRow("over midnight")
        << wall(12, 21, 22) << wall(12, 22, 6) << QStringLiteral("Mon 22:00–Tue 06:00");
    QTest::newRow("the whole week")
        << wall(12, 21, 0) << wall(12, 28, 0) << QStringLiteral("Mon 00:00–Sun 24:00");
}

void TestWeekView::span()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, expected);
    QCOMPARE(WeekText::span({start, end}), expected);
}

void TestWeekView::description()
{
    WeekChart chart;
    chart.setWeek(sampleWeek());
    const QStringList expected{
        QStringLiteral("Fri 00:00–24:00: holiday"),
        QStringLiteral("Mon 09:00–12:30: Office Hours criteria, rings"),
        QStringLiteral("Tue 09:00–12:30: Office Hours criteria, rings"),
        QStringLiteral("Mon 22:00–Tue 06:00: Nights criteria, does not ring")};
    QCOMPARE(chart.bandLines(), expected);
    QCOMPARE(chart.accessibleDescription(), expected.join(QLatin1Char('\n')));
    QCOMPARE(chart.accessibleName(), QStringLiteral("When it rings"));

    CriteriaLane form; // the form's criteria: all hours
    form.bands = {{wall(12, 21, 0), wall(12, 28, 0)}};
    chart.setFormLane(form);
    QCOMPARE(chart.laneCount(), 3);
    QVERIFY(chart.isFormLane(0));
    QVERIFY2(chart.accessibleDescription().contains(
                 QStringLiteral("Mon 00:00–Sun 24:00: Form: All hours criteria, rings")),
             qPrintable(chart.accessibleDescription()));
}

void TestWeekView::selectWithKeyboardAndMouse()
{
    WeekChart chart;
    chart.resize(700, 300);
    chart.setWeek(sampleWeek());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy selected(&chart, &WeekChart::selectionChanged);
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(selected.last().first().toString(),
             QStringLiteral("Office Hours criteria: Mon 09:00–12:30, rings"));
    QTest::keyClick(&chart, Qt::Key_Right);
    QCOMPARE(chart.selection(), qMakePair(0, 1));
    QTest::keyClick(&chart, Qt::Key_Down);
    QCOMPARE(selected.last().first().toString(),
             QStringLiteral("Nights criteria: Mon 22:00–Tue 06:00, does not ring"));
    QTest::keyClick(&chart, Qt::Key_Escape);
    QCOMPARE(chart.selection(), qMakePair(-1, -1));

    // A click in the middle of Tuesday's office hours (Tuesday 10:45) selects that band.
    const QRect lanes = chart.rect().adjusted(4, 4, -4, -4);
    const int left = lanes.left();
    const int width = lanes.width();
    const int x = left + int((24 + 10.75) / (7 * 24) * width);
    for (int y = 0; y < chart.height(); y += 2) {
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(x, y));
        if (chart.selection().first >= 0)
            break;
    }
    QCOMPARE(chart.selection(), qMakePair(0, 1));

    // Hovering the band names it in a tooltip.
    for (int y = 0; y < chart.height(); y += 2) {
        QHelpEvent help(QEvent::ToolTip, QPoint(x, y), chart.mapToGlobal(QPoint(x, y)));
        QCoreApplication::sendEvent(&chart, &help);
        if (QToolTip::isVisible())
            break;
    }
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Office Hours criteria: Tue 09:00–12:30, rings"));
}

void TestWeekView::londonReceptionWeek()
{
    test::WindowFixture fixture;
    QVERIFY(fixture.start());
    fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.window.get()));
    auto *calls = fixture.find<CallActions>();
    QVERIFY(calls);
    QSignalSpy read(calls, &CallActions::weekRead);
    fixture.target->setWorkspaceId(sandboxtest::londonReception());
    QTRY_COMPARE_WITH_TIMEOUT(fixture.target->workspaceState(), TargetModel::WorkspaceState::Known,
                              15000);
    // The week is read once it is shown, not while the request preview is.
    QTest::qWait(300);
    QCOMPARE(read.count(), 0);
    auto *tabs = fixture.find<QTabWidget>(QStringLiteral("previewTabs"));
    tabs->setCurrentWidget(calls->panel());
    QVERIFY(read.wait(15000));
    QVERIFY2(calls->data().has_value(), qPrintable(calls->panel()->notes()));
    QCOMPARE(calls->data()->timeZone, QStringLiteral("Europe/London"));
    calls->showWeekOf(QDate(2026, 12, 23)); // Christmas week
    WeekChart *chart = calls->panel()->chart();
    QCOMPARE(chart->monday(), QDate(2026, 12, 21));
    QCOMPARE(chart->laneCount(), 2); // the form's, then London Business Hours
    QVERIFY(chart->isFormLane(0));
    QCOMPARE(chart->laneName(1), QStringLiteral("London Business Hours criteria"));
    QCOMPARE(chart->lane(1).bands.size(), 5); // Monday to Friday, 09:00-17:00
    const QStringList lines = chart->bandLines();
    QVERIFY2(
        lines.contains(QStringLiteral("Mon 09:00–17:00: London Business Hours criteria, rings")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.contains(QStringLiteral("Fri 00:00–Sat 24:00: holiday")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(chart->accessibleDescription().contains(
        QStringLiteral("Fri 09:00–17:00: London Business Hours criteria, rings")));
    QVERIFY(fixture.find<QLabel>(QStringLiteral("weekHeading"))
                ->text()
                .contains(QStringLiteral("London (Europe/London)")));
}

void TestWeekView::formLaneFollowsTheForm()
{
    test::WindowFixture fixture;
    QVERIFY(fixture.start());
    fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.window.get()));
    auto *calls = fixture.find<CallActions>();
    fixture.find<QTabWidget>(QStringLiteral("previewTabs"))->setCurrentWidget(calls->panel());
    QSignalSpy read(calls, &CallActions::weekRead);
    fixture.target->setWorkspaceId(sandboxtest::londonReception());
    QVERIFY(read.wait(15000));
    calls->showWeekOf(QDate(2026, 12, 23));
    WeekChart *chart = calls->panel()->chart();
    QCOMPARE(chart->lane(0).bands.size(), 1); // the empty form: all hours
    QCOMPARE(chart->laneName(0), QStringLiteral("Form: All hours criteria"));

    // Only during a schedule, London Business Hours: the lane moves at once, as each key is
    // handled (no event loop runs in between, so nothing is read from the service).
    auto *only = fixture.find<QCheckBox>(QStringLiteral("onlyDuringScheduleCheck"));
    QTest::mouseClick(only, Qt::LeftButton, {}, QPoint(6, only->height() / 2));
    QVERIFY(only->isChecked());
    auto *name = fixture.find<QComboBox>(QStringLiteral("scheduleNameCombo"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("London Business Hours"));
    auto *type = fixture.find<QComboBox>(QStringLiteral("scheduleTypeCombo"));
    type->setCurrentIndex(type->findData(int(ScheduleType::BusinessHours)));
    QCOMPARE(fixture.find<CriteriaModel>(QStringLiteral("criteriaModel"))->scheduleType(),
             std::optional<ScheduleType>(ScheduleType::BusinessHours));
    QCOMPARE(chart->laneName(0), QStringLiteral("Form: London Business Hours criteria"));
    QCOMPARE(chart->lane(0).bands.size(), 5);

    // Another name: the lane follows keystroke by keystroke (no such schedule: no band).
    QTest::keyClicks(name, QStringLiteral("x"));
    QCOMPARE(chart->laneName(0), QStringLiteral("Form: London Business Hoursx criteria"));
    QVERIFY(chart->lane(0).scheduleMissing);
    QVERIFY(chart->lane(0).bands.isEmpty());
}

void TestWeekView::navigation()
{
    test::WindowFixture fixture;
    QVERIFY(fixture.start());
    fixture.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(fixture.window.get()));
    auto *calls = fixture.find<CallActions>();
    fixture.find<QTabWidget>(QStringLiteral("previewTabs"))->setCurrentWidget(calls->panel());
    QSignalSpy read(calls, &CallActions::weekRead);
    fixture.target->setWorkspaceId(sandboxtest::londonReception());
    QVERIFY(read.wait(15000));
    const QDate now =
        LocalClock::at(QDateTime::currentDateTimeUtc(), QStringLiteral("Europe/London"))
            .local.date();
    const QDate thisMonday = now.addDays(1 - now.dayOfWeek());
    QCOMPARE(calls->monday(), thisMonday);
    auto click = [&](const char *name) {
        QTest::mouseClick(fixture.find<QPushButton>(QLatin1String(name)), Qt::LeftButton);
    };
    click("nextWeekButton");
    QCOMPARE(calls->panel()->chart()->monday(), thisMonday.addDays(7));
    click("nextWeekButton");
    click("previousWeekButton");
    click("previousWeekButton");
    click("previousWeekButton");
    QCOMPARE(calls->panel()->chart()->monday(), thisMonday.addDays(-7));
    QVERIFY(read.wait(15000)); // each click also reads the week again
    click("thisWeekButton");
    QCOMPARE(calls->panel()->chart()->monday(), thisMonday);
    QVERIFY(calls->panel()->chart()->lane(1).bands.size() <= 5);
}

void TestWeekView::malformedEventNamed()
{
    // The demo data with London Business Hours' event ending before it starts.
    QFile demo(QStringLiteral(":/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject data = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray schedules = data.value(QLatin1String("schedules")).toArray();
    for (int i = 0; i < schedules.size(); ++i) {
        QJsonObject schedule = schedules.at(i).toObject();
        if (schedule.value(QLatin1String("name")) != QLatin1String("London Business Hours"))
            continue;
        QJsonArray events = schedule.value(QLatin1String("events")).toArray();
        QVERIFY(!events.isEmpty());
        QJsonObject event = events.at(0).toObject();
        event.insert(QStringLiteral("endTime"), QStringLiteral("08:00"));
        events.replace(0, event);
        schedule.insert(QStringLiteral("events"), events);
        schedules.replace(i, schedule);
    }
    data.insert(QStringLiteral("schedules"), schedules);
    test::WindowFixture fixture;
    QVERIFY(fixture.start(true, QJsonDocument(data).toJson()));
    fixture.window->show();
    auto *calls = fixture.find<CallActions>();
    fixture.find<QTabWidget>(QStringLiteral("previewTabs"))->setCurrentWidget(calls->panel());
    QSignalSpy read(calls, &CallActions::weekRead);
    fixture.target->setWorkspaceId(sandboxtest::londonReception());
    QVERIFY(read.wait(15000));
    const QString notes = calls->panel()->notes();
    QVERIFY2(notes.contains(QStringLiteral("Office hours")), qPrintable(notes));
    QVERIFY(fixture.find<QLabel>(QStringLiteral("weekNotes"))->isVisible());
    // The criteria's lane is there, without the event left out.
    QCOMPARE(calls->panel()->chart()->laneCount(), 2);
    QVERIFY(calls->panel()->chart()->lane(1).bands.isEmpty());
}

QTEST_MAIN(TestWeekView)
#include "tst_weekview.moc"
