// ErrorDialog fed with real ApiResults: creates sent by ApiClient to the in-process sandbox
// (forced 403, 429 with Retry-After, 503, a dropped connection). Dialogs are shown with
// show()/open() and never block. SuccessDialog and ResultPresenter: tst_resultpresenter.
#include "tests/common/resultdialogtest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

using namespace seqring;
using namespace seqring::test;

class TestResultDialogs : public ResultDialogTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSandbox(); }
    void init() { resetSandbox(); }
    void cleanup() { closeDialogs(); }

    void forbiddenShowsStatusMessageDescriptionsAndTrackingId();
    void showDetailsRevealsTheRedactedRawResponse();
    void rateLimitShowsRetryAfter();
    void serviceUnavailableIsAmbiguousWithActionHook();
    void droppedConnectionShowsTheProblem();
};

void TestResultDialogs::forbiddenShowsStatusMessageDescriptionsAndTrackingId()
{
    m_sandbox.forceStatus(403);
    ApiResult result;
    HttpRequestSpec sent;
    QVERIFY(create(&result, &sent));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.httpStatus, 403);
    QVERIFY(!result.error.serverMessage.isEmpty());
    QVERIFY(!result.error.descriptions.isEmpty());

    auto *dialog = new ErrorDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(dialog->statusText().contains(QStringLiteral("403")));
    QVERIFY(dialog->statusText().contains(result.error.statusMeaning));
    QVERIFY(dialog->messageText().contains(result.error.serverMessage));
    QVERIFY(child<QLabel>(*dialog, "errorMessage")->isVisible());
    const QStringList lines = dialog->descriptionTexts();
    QCOMPARE(lines.size(), result.error.descriptions.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY(lines.at(i).contains(result.error.descriptions.at(i)));
        if (i < result.error.errorCodes.size())
            QVERIFY(lines.at(i).contains(QString::number(result.error.errorCodes.at(i))));
        QVERIFY(child<QLabel>(*dialog, "errorDescriptions")->text().contains(lines.at(i)));
    }
    QVERIFY(dialog->retryAfterText().isEmpty());
    QVERIFY(!child<QLabel>(*dialog, "errorRetryAfter")->isVisible());
    QVERIFY(dialog->ambiguityText().isEmpty());
    QVERIFY(!child<QLabel>(*dialog, "errorAmbiguity")->isVisible());

    // The tracking ID the sandbox received is the one shown, and Copy copies it.
    QVERIFY(!receivedTrackingId().isEmpty());
    QCOMPARE(receivedTrackingId(), sent.trackingId);
    QCOMPARE(dialog->trackingIdText(), receivedTrackingId());
    QVERIFY(child<QLineEdit>(*dialog, "errorTrackingId")->isReadOnly());
    QTest::mouseClick(child<QPushButton>(*dialog, "copyTrackingIdButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), receivedTrackingId());

    QPointer<ErrorDialog> guard(dialog);
    QTest::mouseClick(
        child<QDialogButtonBox>(*dialog, "errorButtons")->button(QDialogButtonBox::Close),
        Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
}

void TestResultDialogs::showDetailsRevealsTheRedactedRawResponse()
{
    m_sandbox.forceStatus(403);
    ApiResult result;
    QVERIFY(create(&result));
    auto *dialog = new ErrorDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *details = child<QPlainTextEdit>(*dialog, "errorDetails");
    QVERIFY(!dialog->detailsVisible());
    QVERIFY(!details->isVisible());

    QTest::mouseClick(child<QPushButton>(*dialog, "showDetailsButton"), Qt::LeftButton);
    QVERIFY(dialog->detailsVisible());
    QVERIFY(details->isVisible());
    QVERIFY(dialog->detailsText().contains(QStringLiteral("403")));
    QVERIFY(dialog->detailsText().contains(result.error.serverMessage));
    QVERIFY(!dialog->detailsText().contains(m_sandbox.demoToken()));

    QTest::mouseClick(child<QPushButton>(*dialog, "showDetailsButton"), Qt::LeftButton);
    QVERIFY(!dialog->detailsVisible());
    QVERIFY(!details->isVisible());
}

void TestResultDialogs::rateLimitShowsRetryAfter()
{
    m_sandbox.forceStatus(429, 1, "7");
    ApiResult result;
    QVERIFY(create(&result));
    QCOMPARE(result.error.httpStatus, 429);
    QCOMPARE(result.error.retryAfterSeconds, 7);
    auto *dialog = new ErrorDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->statusText().contains(QStringLiteral("429")));
    QVERIFY(dialog->retryAfterText().contains(QStringLiteral("wait 7 second")));
    QVERIFY(child<QLabel>(*dialog, "errorRetryAfter")->isVisible());
    QCOMPARE(dialog->trackingIdText(), receivedTrackingId());
}

void TestResultDialogs::serviceUnavailableIsAmbiguousWithActionHook()
{
    m_sandbox.forceStatus(503);
    ApiResult result;
    QVERIFY(create(&result));
    QCOMPARE(result.error.httpStatus, 503);
    QVERIFY(result.error.ambiguous);
    QVERIFY(!result.error.ambiguityNote.isEmpty());

    auto *dialog = new ErrorDialog(result);
    auto *check = new QPushButton(QStringLiteral("Check whether it was created"));
    check->setObjectName(QStringLiteral("checkCreatedButton"));
    QSignalSpy clicked(check, &QPushButton::clicked);
    dialog->addAction(check);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QCOMPARE(dialog->ambiguityText(), result.error.ambiguityNote);
    QVERIFY(child<QLabel>(*dialog, "errorAmbiguity")->isVisible());
    QVERIFY(child<QLabel>(*dialog, "errorAmbiguity")->font().bold());
    QVERIFY(dialog->statusText().contains(QStringLiteral("503")));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("checkCreatedButton")), check);
    QVERIFY(check->isVisible());
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

void TestResultDialogs::droppedConnectionShowsTheProblem()
{
    // Qt's HTTP layer re-sends once on a connection closed before any answer: drop both.
    m_sandbox.dropConnections(10);
    ApiResult result;
    QVERIFY(create(&result));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.httpStatus, 0);
    QVERIFY(!result.error.problem.isEmpty());
    auto *dialog = new ErrorDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->statusText().contains(result.error.problem));
    QVERIFY(dialog->messageText().isEmpty());
    QVERIFY(!child<QLabel>(*dialog, "errorMessage")->isVisible());
    // A POST lost after sending may have been carried out: the dialog says so.
    QVERIFY(result.error.ambiguous);
    QCOMPARE(dialog->ambiguityText(), result.error.ambiguityNote);
    // The tracking ID we sent is still there for support.
    QCOMPARE(dialog->trackingIdText(), result.error.trackingId);
    QVERIFY(!dialog->trackingIdText().isEmpty());
}

QTEST_MAIN(TestResultDialogs)
#include "tst_resultdialogs.moc"
