// SuccessDialog after a real 201 from the in-process sandbox, ResultPresenter opening each
// dialog window-modal and never blocking, and what every result dialog keeps to: bearer
// tokens redacted, server text shown as plain text, a label or name for every field.
#include "tests/common/resultdialogtest.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

using namespace seqring;
using namespace seqring::test;

class TestResultPresenter : public ResultDialogTest
{
    Q_OBJECT
private Q_SLOTS:
    void successShowsTheCreatedId();
    void presenterOpensWindowModalAndCloseDeletes();
    void redactsBearerTokensDefensively();
    void serverTextIsNeverRichText();
    void everyFieldHasALabelOrName();

    // Set-up and tear-down, from ResultDialogTest.
    void initTestCase() { startSandbox(); }
    void init() { resetSandbox(); }
    void cleanup() { closeDialogs(); }
};

void TestResultPresenter::successShowsTheCreatedId()
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

void TestResultPresenter::presenterOpensWindowModalAndCloseDeletes()
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

void TestResultPresenter::redactsBearerTokensDefensively()
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

void TestResultPresenter::serverTextIsNeverRichText()
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

void TestResultPresenter::everyFieldHasALabelOrName()
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

QTEST_MAIN(TestResultPresenter)
#include "tst_resultpresenter.moc"
