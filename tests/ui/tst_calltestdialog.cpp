// Edit > Test a call… in the window, against the sandbox's London - Reception: a private
// caller on Christmas Day at 10:00, a number at night, the line about the form's unsaved
// criteria, a caller that is not a number, and a 403 on the schedules that names the scope
// while the rest of the window keeps working.
#include "app/workspace/targetmodel.h"
#include "models/criteriamodel.h"
#include "models/localclock.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/callactions.h"
#include "ui/calltestdialog.h"
#include "ui/weekpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

namespace
{
const QString kRings = QStringLiteral(
    "Rings sequentially: the criteria \"London Business Hours\" (business hours) matches this "
    "caller and rings. This workspace 2 rings, then +44 20 7183 8750 3 rings with answer "
    "confirmation, then +44 20 7183 8752 2 rings.");
} // namespace

class TestCallTestDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fx.stop(); }
    void privateCallerOnChristmasDay();
    void numberAtNight();
    void formsCriteriaIfSaved();
    void callerNotANumber();
    void missingScheduleScope();

private:
    // Opens the dialog with Ctrl+T, as the administrator does.
    CallTestDialog *open();
    // Test with `caller` at `local`; the answer once it came.
    QString test(CallTestDialog *dialog, const QString &caller, const QDateTime &local);

    test::WindowFixture m_fx;
    CallActions *m_calls = nullptr;
};

void TestCallTestDialog::init()
{
    QVERIFY(m_fx.start());
    m_fx.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window.get()));
    m_calls = m_fx.find<CallActions>();
    QVERIFY(m_calls);
    m_fx.target->setWorkspaceId(sandboxtest::londonReception());
    QTRY_COMPARE_WITH_TIMEOUT(m_fx.target->workspaceState(), TargetModel::WorkspaceState::Known,
                              15000);
}

CallTestDialog *TestCallTestDialog::open()
{
    auto *action = m_fx.find<QAction>(QStringLiteral("testCallAction"));
    if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_T))
        return nullptr;
    m_fx.window->activateWindow();
    QTest::keyClick(m_fx.window.get(), Qt::Key_T, Qt::ControlModifier);
    return m_calls->dialog();
}

QString TestCallTestDialog::test(CallTestDialog *dialog, const QString &caller,
                                 const QDateTime &local)
{
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("callerCombo"));
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo, caller);
    dialog->setLocalTime(local);
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("testCallButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 15000))
        return QStringLiteral("(no answer)");
    return dialog->answer();
}

void TestCallTestDialog::privateCallerOnChristmasDay()
{
    CallTestDialog *dialog = open();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The location's zone, read as the dialog opened.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(QStringLiteral("callZoneLabel"))
                                 ->text()
                                 .contains(QStringLiteral("London (Europe/London)")),
                             15000);
    // Now at the location, by default.
    const QDateTime now =
        LocalClock::at(QDateTime::currentDateTimeUtc(), QStringLiteral("Europe/London")).local;
    QVERIFY(qAbs(dialog->localTime().secsTo(now)) < 120);
    // Christmas Day is a Friday: London Business Hours is in effect at 10:00, and it takes
    // every caller (ANY_PHONE_NUMBER), a private one too.
    const QString answer =
        test(dialog, QStringLiteral("Private caller"), LocalClock::wall({2026, 12, 25}, {10, 0}));
    QCOMPARE(answer, kRings);
    QCOMPARE(dialog->ifSaved(),
             QStringLiteral("Saving the form's criteria would not change this."));
}

void TestCallTestDialog::numberAtNight()
{
    CallTestDialog *dialog = open();
    QVERIFY(dialog);
    QCOMPARE(
        test(dialog, QStringLiteral("+44 20 7946 0000"), LocalClock::wall({2026, 12, 26}, {22, 0})),
        QStringLiteral(
            "Does not ring sequentially: no criteria matches this caller at this time."));
    QCOMPARE(
        test(dialog, QStringLiteral("+1 415 555 0100"), LocalClock::wall({2026, 12, 21}, {9, 0})),
        kRings);
}

void TestCallTestDialog::formsCriteriaIfSaved()
{
    // The form: Business Vacation (holidays), does not ring: unsaved, yet the second line
    // says what it would change.
    auto *model = m_fx.find<CriteriaModel>(QStringLiteral("criteriaModel"));
    Criteria form;
    form.schedule = Schedule{QStringLiteral("Business Vacation"), ScheduleType::Holidays};
    form.ringEnabled = false;
    model->setCriteria(form);
    CallTestDialog *dialog = open();
    QVERIFY(dialog);
    QCOMPARE(
        test(dialog, QStringLiteral("Private caller"), LocalClock::wall({2026, 12, 25}, {10, 0})),
        kRings); // what the service has
    QCOMPARE(dialog->ifSaved(),
             QStringLiteral("If the form's criteria were saved: Does not ring sequentially: the "
                            "criteria \"Business Vacation\" (holidays) matches this caller and "
                            "does not ring; criteria which do not ring take priority."));
    // The day after Boxing Day the holidays are over: saving would not change that call.
    test(dialog, QStringLiteral("Private caller"), LocalClock::wall({2026, 12, 28}, {10, 0}));
    QCOMPARE(dialog->ifSaved(),
             QStringLiteral("Saving the form's criteria would not change this."));
}

void TestCallTestDialog::callerNotANumber()
{
    CallTestDialog *dialog = open();
    QVERIFY(dialog);
    const QString answer =
        test(dialog, QStringLiteral("reception"), LocalClock::wall({2026, 12, 25}, {10, 0}));
    QVERIFY2(answer.contains(QStringLiteral("reception")), qPrintable(answer));
    QVERIFY2(!answer.contains(QStringLiteral("Rings sequentially")), qPrintable(answer));
    QVERIFY(dialog->ifSaved().isEmpty());
}

void TestCallTestDialog::missingScheduleScope()
{
    m_fx.server->setFaultPath(QStringLiteral("/v1/telephony/config/locations/") +
                              sandboxtest::londonLocation() + QStringLiteral("/schedules"));
    m_fx.server->forceStatus(403, 100);
    CallTestDialog *dialog = open();
    QVERIFY(dialog);
    const QString answer =
        test(dialog, QStringLiteral("Private caller"), LocalClock::wall({2026, 12, 25}, {10, 0}));
    QVERIFY2(answer.contains(QStringLiteral("spark-admin:telephony_config_read")),
             qPrintable(answer));
    QVERIFY(dialog->ifSaved().isEmpty());

    // The week says so too, and the rest of the window keeps working: the form still edits
    // and the preview follows it.
    QSignalSpy read(m_calls, &CallActions::weekRead);
    m_calls->readWeek();
    QVERIFY(read.wait(15000));
    QVERIFY2(
        m_calls->panel()->notes().contains(QStringLiteral("spark-admin:telephony_config_read")),
        qPrintable(m_calls->panel()->notes()));
    dialog->close();
    auto *model = m_fx.find<CriteriaModel>(QStringLiteral("criteriaModel"));
    model->setRingEnabled(false);
    auto *create = m_fx.find<QPushButton>(QStringLiteral("createButton"));
    QVERIFY(create->isVisible());
    QTRY_VERIFY(create->isEnabled());
    m_fx.server->clearFaults();
}

QTEST_MAIN(TestCallTestDialog)
#include "tst_calltestdialog.moc"
