// RequestPreview's actions: Show token (and a new token hidden again), what Copy as cURL
// and Copy JSON put on the clipboard, the cURL shortcut, and a label or name for every
// input and button.
#include "tests/common/previewrequests.h"
#include "tests/common/previewtext.h"
#include "ui/requestpreview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;
using namespace seqring::test;

class TestRequestPreviewActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showTokenRevealsAndHidesIt();
    void anotherTokenIsHiddenAgain();
    void copyJsonPutsTheBodyBytes();
    void copyCurlLeavesTheTokenOutWhileHidden();
    void copyCurlActionHasShortcut();
    void everyInputHasALabelOrName();
};

void TestRequestPreviewActions::init()
{
    QApplication::clipboard()->clear();
}

void TestRequestPreviewActions::showTokenRevealsAndHidesIt()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy revealed(&preview, &RequestPreview::tokenRevealedChanged);
    auto *button = child<QPushButton>(preview, "showTokenButton");
    QVERIFY(button && button->isCheckable());

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(preview.tokenRevealed());
    QCOMPARE(revealed.count(), 1);
    QVERIFY(previewHeaders(&preview).contains(QStringLiteral("Authorization: Bearer ") + kToken));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!preview.tokenRevealed());
    QVERIFY(!anyContains(visibleTexts(&preview), kToken));
}

void TestRequestPreviewActions::anotherTokenIsHiddenAgain()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTest::mouseClick(child<QPushButton>(preview, "showTokenButton"), Qt::LeftButton);
    QVERIFY(preview.tokenRevealed());

    // Every edit sends a new request with the same token: it stays revealed.
    HttpRequestSpec edited = firstSpec();
    edited.body.replace("true", "false");
    preview.setRequest(edited);
    QVERIFY(preview.tokenRevealed());
    QVERIFY(previewHeaders(&preview).contains(kToken));

    // Another token (signing in again) is masked until asked for.
    preview.setRequest(secondSpec());
    QVERIFY(!preview.tokenRevealed());
    QVERIFY(
        !previewHeaders(&preview).contains(QStringLiteral("second-fake-token-for-tests-abcdef")));
    QVERIFY(!child<QPushButton>(preview, "showTokenButton")->isChecked());
}

void TestRequestPreviewActions::copyJsonPutsTheBodyBytes()
{
    RequestPreview preview;
    const HttpRequestSpec spec = firstSpec();
    preview.setRequest(spec);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy copied(&preview, &RequestPreview::copied);

    QTest::mouseClick(child<QPushButton>(preview, "copyJsonButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), spec.body);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("application/json")),
             spec.body);
    QCOMPARE(copied.count(), 1);
    QVERIFY(!previewStatus(&preview).isEmpty());
}

void TestRequestPreviewActions::copyCurlLeavesTheTokenOutWhileHidden()
{
    RequestPreview preview;
    const HttpRequestSpec spec = firstSpec();
    preview.setRequest(spec);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    auto *copy = child<QPushButton>(preview, "copyCurlButton");

    QTest::mouseClick(copy, Qt::LeftButton);
    const QString hidden = QApplication::clipboard()->text();
    QCOMPARE(hidden, RequestText::toCurl(spec, false));
    QVERIFY(!hidden.contains(kToken));
    QVERIFY(hidden.contains(QStringLiteral("${WEBEX_ACCESS_TOKEN}")));
    QVERIFY(!previewStatus(&preview).contains(kToken));

    QTest::mouseClick(child<QPushButton>(preview, "showTokenButton"), Qt::LeftButton);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), RequestText::toCurl(spec, true));
    QVERIFY(QApplication::clipboard()->text().contains(kToken));
}

void TestRequestPreviewActions::copyCurlActionHasShortcut()
{
    RequestPreview preview;
    const HttpRequestSpec spec = firstSpec();
    preview.setRequest(spec);
    QAction *action = preview.copyCurlAction();
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // No mnemonic (Alt+U/C are taken in the window); the tooltip names the shortcut.
    QCOMPARE(action->text(), QStringLiteral("Copy as cURL"));
    QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
    QCOMPARE(child<QPushButton>(preview, "copyCurlButton")->text(), action->text());
    QVERIFY(preview.actions().contains(action));

    preview.show();
    preview.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&preview));
    child<QPlainTextEdit>(preview, "previewBody")->setFocus();
    QTest::keyClick(&preview, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), RequestText::toCurl(spec, false));
}

void TestRequestPreviewActions::everyInputHasALabelOrName()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    const QList<QLabel *> labels = preview.findChildren<QLabel *>();
    QList<QWidget *> inputs;
    for (QLineEdit *line : preview.findChildren<QLineEdit *>())
        inputs << line;
    for (QPlainTextEdit *edit : preview.findChildren<QPlainTextEdit *>())
        inputs << edit;
    QVERIFY(inputs.size() >= 3);
    for (QWidget *input : std::as_const(inputs)) {
        bool named = !input->accessibleName().isEmpty();
        for (QLabel *label : labels)
            named = named || (label->buddy() == input && !label->text().isEmpty());
        QVERIFY2(named, qPrintable(input->objectName()));
    }
    // Mnemonics only where they clash with nothing in the window: Show token (Alt+S is
    // "Select phone numbers") and Copy as cURL (it has Ctrl+Shift+C) go without one.
    for (QPushButton *button : preview.findChildren<QPushButton *>()) {
        QVERIFY2(!button->text().isEmpty(), qPrintable(button->objectName()));
        const bool mnemonic = button->text().contains(QLatin1Char('&'));
        const bool expected = button->objectName() == QLatin1String("copyJsonButton");
        QVERIFY2(mnemonic == expected, qPrintable(button->objectName()));
    }
    QCOMPARE(child<QPushButton>(preview, "copyJsonButton")->text(), QStringLiteral("Copy &JSON"));
    QCOMPARE(child<QPushButton>(preview, "showTokenButton")->accessibleName(),
             QStringLiteral("Show token"));
    QVERIFY(!child<QPushButton>(preview, "showTokenButton")->toolTip().isEmpty());
    QStringList buddyLabels;
    for (QLabel *label : labels) {
        if (label->buddy())
            buddyLabels << label->text();
    }
    buddyLabels.sort();
    QCOMPARE(buddyLabels, (QStringList{QStringLiteral("Bod&y:"), QStringLiteral("Headers:"),
                                       QStringLiteral("UR&L:")}));
}

QTEST_MAIN(TestRequestPreviewActions)
#include "tst_requestpreviewactions.moc"
