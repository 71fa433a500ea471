#pragma once

// Waits for a job's one finished() and its deletion, for the client tests.

#include "app/client/apijob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace seqring::test
{

// True when `job` emitted finished() exactly once within `timeoutMs` and then deleted
// itself; `result` gets the emitted value, `why` says what went wrong otherwise.
inline bool waitForResult(ApiJob *job, ApiResult *result, QString *why, int timeoutMs = 10000)
{
    QPointer<ApiJob> guard(job);
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs)) {
        *why = QStringLiteral("no finished() within %1 ms").arg(timeoutMs);
        return false;
    }
    if (!QTest::qWaitFor([&guard] { return guard.isNull(); }, 2000)) {
        *why = QStringLiteral("the job was not deleted after finished()");
        return false;
    }
    if (spy.count() != 1) {
        *why = QStringLiteral("finished() was emitted %1 times").arg(spy.count());
        return false;
    }
    *result = spy.at(0).at(0).value<ApiResult>();
    return true;
}

} // namespace seqring::test

// In a test function: runs `job` to its end and stores its result in `result`.
#define SEQRING_WAIT_RESULT(job, result)                                                           \
    do {                                                                                           \
        QString why_;                                                                              \
        QVERIFY2(seqring::test::waitForResult((job), &(result), &why_), qPrintable(why_));         \
    } while (false)
