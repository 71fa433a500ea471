// Pause and Cancel of a run (RunControl), shared by the bulk apply and the sync: steps held
// while paused and run in order at resume, ended instead at cancel, with the workspaces
// never reached, and the running time without the pauses.
#include "app/bulk/runcontrol.h"

#include <QByteArrayList>
#include <QTest>

using namespace seqring;

// Tests RunControl's hold, resume and cancel.
class TestRunControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsRunAtOnceWhileRunning();
    void heldStepsRunInOrderAtResume();
    void cancelEndsTheHeldAndTheRest();
    void cancelledStepsEndAtOnce();
    void resumeAndCancelOnlyOnce();
};

void TestRunControl::stepsRunAtOnceWhileRunning()
{
    RunControl control;
    QByteArrayList log;
    QVERIFY(control.proceed([&log] { log << "step"; }, [&log] { log << "end"; }));
    QVERIFY(log.isEmpty()); // the caller runs it
}

void TestRunControl::heldStepsRunInOrderAtResume()
{
    RunControl control;
    QVERIFY(control.pause());
    QVERIFY(!control.pause()); // already paused
    QByteArrayList log;
    for (const QByteArray &name : {QByteArray("a"), QByteArray("b"), QByteArray("c")})
        QVERIFY(!control.proceed([&log, name] { log << name; }, [&log] { log << "end"; }));
    QVERIFY(log.isEmpty());
    QVERIFY(control.resumeWith([&log] { log << "changed"; }));
    QCOMPARE(log, (QByteArrayList{"changed", "a", "b", "c"}));
    QVERIFY(!control.isHeld());
}

void TestRunControl::cancelEndsTheHeldAndTheRest()
{
    RunControl control;
    control.pause();
    QByteArrayList log;
    control.proceed([&log] { log << "held step"; }, [&log] { log << "held end"; });
    int rest = 2; // two workspaces never reached
    int taken = 0;
    const auto next = [&]() -> RunControl::Step {
        if (rest == 0)
            return {};
        --rest;
        ++taken;
        return [&log, n = taken] { log << "rest end " + QByteArray::number(n); };
    };
    int ended = -1;
    QVERIFY(control.cancelWith([&log] { log << "changed"; }, next, &ended));
    QCOMPARE(ended, 3);
    QCOMPARE(log, (QByteArrayList{"changed", "held end", "rest end 1", "rest end 2"}));
    QVERIFY(control.isCancelled());
    QVERIFY(!control.isHeld());
}

void TestRunControl::cancelledStepsEndAtOnce()
{
    RunControl control;
    int ended = -1;
    QVERIFY(control.cancelWith([] {}, [] { return RunControl::Step(); }, &ended));
    QCOMPARE(ended, 0);
    QByteArrayList log;
    QVERIFY(!control.proceed([&log] { log << "step"; }, [&log] { log << "end"; }));
    QCOMPARE(log, QByteArrayList{"end"});
}

void TestRunControl::resumeAndCancelOnlyOnce()
{
    RunControl control;
    QByteArrayList log;
    QVERIFY(!control.resumeWith([&log] { log << "changed"; })); // not paused
    int ended = 0;
    QVERIFY(control.cancelWith([] {}, [] { return RunControl::Step(); }, &ended));
    QVERIFY(!control.cancelWith([&log] { log << "changed"; }, [] { return RunControl::Step(); },
                                &ended));
    QVERIFY(!control.pause()); // a cancelled run does not pause
    QVERIFY(log.isEmpty());
}

QTEST_GUILESS_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
