// SuccessDialog, ErrorDialog and ResultPresenter, fed with real ApiResults: creates sent by
// ApiClient to the in-process sandbox (forced 403, 429 with Retry-After, 503, a dropped
// connection, and a real 201). Dialogs are shown with show()/open() and never block.
#include "apiclient.h"
#include "resultdialogs.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

namespace
{

template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// A professional workspace of the demo organisation that has no criteria yet.
QString professionalWorkspace(const QJsonObject &data, const QString &orgId)
{
    QStringList professional;
    const QJsonArray licenses = data.value(QLatin1String("licenses")).toArray();
    for (const QJsonValue &license : licenses) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional << license[QLatin1String("id")].toString();
    }
    const QJsonObject criteria = data.value(QLatin1String("criteria")).toObject();
    const QJsonArray workspaces = data.value(QLatin1String("workspaces")).toArray();
    for (const QJsonValue &workspace : workspaces) {
        const QString id = workspace[QLatin1String("id")].toString();
        if (workspace[QLatin1String("orgId")].toString() != orgId ||
            !criteria.value(id).toArray().isEmpty())
            continue;
        const QJsonArray held = workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                                         [QLatin1String("licenses")]
                                             .toArray();
        for (const QJsonValue &license : held) {
            if (professional.contains(license.toString()))
                return id;
        }
    }
    return {};
}

Criteria someCriteria()
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.phoneNumbers = {QStringLiteral("+442071838750")};
    return criteria;
}

} // namespace

class TestResultDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void forbiddenShowsStatusMessageDescriptionsAndTrackingId();
    void showDetailsRevealsTheRedactedRawResponse();
    void rateLimitShowsRetryAfter();
    void serviceUnavailableIsAmbiguousWithActionHook();
    void droppedConnectionShowsTheProblem();
    void successShowsTheCreatedId();
    void presenterOpensWindowModalAndCloseDeletes();
    void redactsBearerTokensDefensively();
    void serverTextIsNeverRichText();
    void everyFieldHasALabelOrName();

private:
    // Sends a create for `m_workspaceId` and waits for its result.
    bool create(ApiResult *result, HttpRequestSpec *sent = nullptr,
                const Criteria &criteria = someCriteria());
    QString receivedTrackingId() const;

    sandbox::SandboxServer m_sandbox;
    ApiClient m_client;
    QString m_workspaceId;
};

void TestResultDialogs::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
    m_workspaceId = professionalWorkspace(m_sandbox.data(), m_sandbox.demoOrgId());
    QVERIFY(!m_workspaceId.isEmpty());
    m_client.setMaxRetries(0); // let a 429 reach the dialog
    m_client.setTransferTimeout(10000);
}

void TestResultDialogs::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearReceivedRequests();
    QApplication::clipboard()->clear();
}

void TestResultDialogs::cleanup()
{
    // Dialogs that a test left open are closed (and so deleted) before the next test.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool TestResultDialogs::create(ApiResult *result, HttpRequestSpec *sent, const Criteria &criteria)
{
    const RequestContext context{m_sandbox.apiRoot(), m_workspaceId, {}, m_sandbox.demoToken()};
    const HttpRequestSpec spec = ApiRequests::createCriteria(criteria, context);
    if (sent)
        *sent = spec;
    CreateCriteriaJob *job = m_client.createCriteria(spec);
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(15000) || finished.count() != 1)
        return false;
    *result = finished.first().first().value<ApiResult>();
    return true;
}

QString TestResultDialogs::receivedTrackingId() const
{
    const QList<sandbox::RecordedRequest> received = m_sandbox.receivedRequests();
    return received.isEmpty() ? QString() : QString::fromUtf8(received.last().header("TrackingID"));
}

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

void TestResultDialogs::successShowsTheCreatedId()
{
    // A criteria no other test sends (the sandbox allows one per schedule and callsFrom).
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    ApiResult result;
    QVERIFY(create(&result, nullptr, criteria));
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 201);
    QVERIFY(!result.createdId.isEmpty());
    QStringList storedIds;
    const QJsonArray stored = m_sandbox.data()[QLatin1String("criteria")][m_workspaceId].toArray();
    for (const QJsonValue &entry : stored)
        storedIds << entry[QLatin1String("id")].toString();
    QVERIFY(storedIds.contains(result.createdId));

    auto *dialog = new SuccessDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(dialog->idText(), result.createdId);
    QCOMPARE(dialog->statusText(), result.statusMeaning);
    QVERIFY(dialog->statusText().contains(QStringLiteral("201")));
    QVERIFY(child<QLineEdit>(*dialog, "successId")->isReadOnly());
    QCOMPARE(child<QLineEdit>(*dialog, "successId")->cursorPosition(),
             0); // ID shown from its start
    QTest::mouseClick(child<QPushButton>(*dialog, "copyIdButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), result.createdId);
}

void TestResultDialogs::presenterOpensWindowModalAndCloseDeletes()
{
    m_sandbox.forceStatus(403);
    ApiResult failed;
    QVERIFY(create(&failed));
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ResultPresenter presenter;
    QSignalSpy shown(&presenter, &ResultPresenter::dialogShown);
    presenter.showResult(&window, failed); // returns at once: open() does not block
    QCOMPARE(shown.count(), 1);
    QPointer<QDialog> dialog = shown.first().first().value<QDialog *>();
    QVERIFY(qobject_cast<ErrorDialog *>(dialog));
    QCOMPARE(dialog->parentWidget(), &window);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QTest::mouseClick(
        child<QDialogButtonBox>(*dialog, "errorButtons")->button(QDialogButtonBox::Close),
        Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    ApiResult created;
    created.ok = true;
    created.httpStatus = 201;
    created.statusMeaning = QStringLiteral("Created (201)");
    created.createdId = QStringLiteral("CRITERIA-ID");
    presenter.showResult(&window, created);
    QCOMPARE(shown.count(), 2);
    auto *success = qobject_cast<SuccessDialog *>(shown.last().first().value<QDialog *>());
    QVERIFY(success);
    QCOMPARE(success->idText(), QStringLiteral("CRITERIA-ID"));
    QCOMPARE(success->windowModality(), Qt::WindowModal);
}

void TestResultDialogs::redactsBearerTokensDefensively()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 401;
    result.rawResponse = QStringLiteral("HTTP/1.1 401 Unauthorized\n"
                                        "x-echo: Authorization: Bearer fake.Tok-en_for~tests/1=\n"
                                        "\n{\"message\": \"bearer another-fake-token rejected\"}");
    ErrorDialog dialog(result);
    QVERIFY(!dialog.detailsText().contains(QStringLiteral("fake.Tok-en_for~tests/1=")));
    QVERIFY(!dialog.detailsText().contains(QStringLiteral("another-fake-token")));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("Bearer [redacted]")));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("401 Unauthorized")));
}

void TestResultDialogs::serverTextIsNeverRichText()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 400;
    result.error.serverMessage = QStringLiteral("<b>bold</b> <a href=\"x\">link</a>");
    result.error.descriptions = {QStringLiteral("<img src=\"x\"> 100%2 sure")};
    result.error.errorCodes = {4001};
    ErrorDialog dialog(result);
    for (const char *name : {"errorMessage", "errorDescriptions", "errorStatus"})
        QCOMPARE(child<QLabel>(dialog, name)->textFormat(), Qt::PlainText);
    QVERIFY(dialog.messageText().contains(result.error.serverMessage));
    QCOMPARE(dialog.descriptionTexts(),
             QStringList{QStringLiteral("<img src=\"x\"> 100%2 sure (error code 4001)")});
    QVERIFY(dialog.trackingIdText().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "copyTrackingIdButton")->isEnabled());

    ApiResult noId;
    noId.ok = true;
    noId.httpStatus = 201;
    SuccessDialog success(noId);
    QVERIFY(success.idText().isEmpty());
    QVERIFY(!child<QPushButton>(success, "copyIdButton")->isEnabled());
    QVERIFY(success.statusText().contains(QStringLiteral("201")));
}

void TestResultDialogs::everyFieldHasALabelOrName()
{
    ApiResult result;
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 403;
    result.error.trackingId = QStringLiteral("SEQRING_test");
    ErrorDialog error(result);
    result = {};
    result.ok = true;
    result.createdId = QStringLiteral("ID");
    SuccessDialog success(result);
    for (QDialog *dialog : {static_cast<QDialog *>(&error), static_cast<QDialog *>(&success)}) {
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QList<QWidget *> fields;
        for (QLineEdit *line : dialog->findChildren<QLineEdit *>())
            fields << line;
        for (QPlainTextEdit *edit : dialog->findChildren<QPlainTextEdit *>())
            fields << edit;
        QVERIFY(!fields.isEmpty());
        for (QWidget *field : std::as_const(fields)) {
            bool named = !field->accessibleName().isEmpty();
            for (QLabel *label : labels)
                named = named || (label->buddy() == field && !label->text().isEmpty());
            QVERIFY2(named, qPrintable(field->objectName()));
        }
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (!qobject_cast<QDialogButtonBox *>(button->parentWidget()))
                QVERIFY2(button->text().contains(QLatin1Char('&')),
                         qPrintable(button->objectName()));
        }
    }
}

QTEST_MAIN(TestResultDialogs)
#include "tst_resultdialogs.moc"
