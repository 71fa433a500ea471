// RequestPreview: what it shows for a built create request (method, URL, headers with the
// token masked until Show token, the body bytes exactly), what Copy as cURL and Copy JSON
// put on the clipboard, updates on every setRequest, and the placeholder.
#include "apirequests.h"
#include "jsonhighlighter.h"
#include "previewtext.h"
#include "requestpreview.h"

#include <QAbstractButton>
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
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace seqring;
using namespace seqring::test;

namespace
{

// Obviously fake; long enough that maskToken shows only its ends.
const QString kToken = QStringLiteral("preview-test-token-not-real-0123456789");

Criteria selectCriteria()
{
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.anonymousCallersEnabled = true;
    criteria.phoneNumbers = {QStringLiteral("+442071838750"), QStringLiteral("+14085550123")};
    return criteria;
}

HttpRequestSpec firstSpec()
{
    const RequestContext context{
        QStringLiteral("https://webexapis.com/v1"), QStringLiteral("WORKSPACE-ONE"), {}, kToken};
    return ApiRequests::createCriteria(selectCriteria(), context);
}

HttpRequestSpec secondSpec()
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    criteria.ringEnabled = false;
    const RequestContext context{QStringLiteral("https://webexapis.com/v1"),
                                 QStringLiteral("WORKSPACE-TWO"), QStringLiteral("ORG-TWO"),
                                 QStringLiteral("second-fake-token-for-tests-abcdef")};
    return ApiRequests::createCriteria(criteria, context);
}

// Every text a person can see or a screen reader can read in `root`.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->text();
        if (auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            texts << edit->toPlainText();
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
    }
    return texts;
}

bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestRequestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showsMethodUrlAndHeadersWithTokenMasked();
    void showTokenRevealsAndHidesIt();
    void anotherTokenIsHiddenAgain();
    void bodyIsTheSpecBytesExactly_data();
    void bodyIsTheSpecBytesExactly();
    void bodyIsHighlighted();
    void changedBodyIsEditedInPlace_data();
    void changedBodyIsEditedInPlace();
    void bodyColoursFollowThePalette();
    void copyJsonPutsTheBodyBytes();
    void copyCurlLeavesTheTokenOutWhileHidden();
    void copyCurlActionHasShortcut();
    void secondSetRequestUpdatesEverything();
    void placeholderHidesTheRequest();
    void everyInputHasALabelOrName();
};

void TestRequestPreview::init()
{
    QApplication::clipboard()->clear();
}

void TestRequestPreview::showsMethodUrlAndHeadersWithTokenMasked()
{
    RequestPreview preview;
    const HttpRequestSpec spec = firstSpec();
    preview.setRequest(spec);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));

    QCOMPARE(previewMethod(&preview), QStringLiteral("POST"));
    QCOMPARE(previewUrl(&preview),
             QStringLiteral("https://webexapis.com/v1/telephony/config/workspaces/WORKSPACE-ONE/"
                            "sequentialRing/criteria"));
    QCOMPARE(child<QLineEdit>(preview, "previewUrl")->text(), previewUrl(&preview));
    QVERIFY(child<QLineEdit>(preview, "previewUrl")->isReadOnly());

    QVERIFY(!preview.tokenRevealed());
    const QString headers = previewHeaders(&preview);
    QVERIFY(headers.contains(QStringLiteral("Authorization: Bearer ") +
                             RequestText::maskToken(kToken)));
    QVERIFY(headers.contains(QStringLiteral("Content-Type: application/json")));
    QVERIFY(headers.contains(QStringLiteral("TrackingID: ") + spec.trackingId));
    QVERIFY(!anyContains(visibleTexts(&preview), kToken));
    // Not even a long piece of it.
    QVERIFY(!anyContains(visibleTexts(&preview), kToken.mid(4, 12)));
}

void TestRequestPreview::showTokenRevealsAndHidesIt()
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

void TestRequestPreview::anotherTokenIsHiddenAgain()
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

void TestRequestPreview::bodyIsTheSpecBytesExactly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("built") << firstSpec().body;
    QTest::newRow("tabs, no-break space, accents, trailing newline")
        << QByteArray("{\n\t\"scheduleName\": \"Caf\xc3\xa9\xc2\xa0"
                      "Hours\",\n\t\"ringEnabled\":   true\n}\n");
    QTest::newRow("no trailing newline, blank lines")
        << QByteArray("{\n\n    \"callsFrom\": \"ANY_PHONE_NUMBER\"\n\n}");
}

void TestRequestPreview::bodyIsTheSpecBytesExactly()
{
    QFETCH(QByteArray, body);
    HttpRequestSpec spec = firstSpec();
    spec.body = body;
    RequestPreview preview;
    preview.setRequest(spec);
    QCOMPARE(previewBody(&preview).toUtf8(), body);
    QCOMPARE(child<QPlainTextEdit>(preview, "previewBody")->document()->blockCount(),
             int(body.count('\n')) + 1);
    QVERIFY(child<QPlainTextEdit>(preview, "previewBody")->isReadOnly());
}

void TestRequestPreview::bodyIsHighlighted()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    auto *body = child<QPlainTextEdit>(preview, "previewBody");
    auto *highlighter = preview.findChild<JsonHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->document(), body->document());
    highlighter->rehighlight();
    const QTextBlock block = body->document()->findBlockByNumber(1); // first key line
    QVERIFY(!block.layout()->formats().isEmpty());
}

// Each new body replaces only what differs from the one shown (the first and last lines
// keep their blocks), and the text is still the new body exactly, highlighted, after any
// sequence of changes: growing, shrinking, emptied, and around surrogate pairs.
void TestRequestPreview::changedBodyIsEditedInPlace_data()
{
    QTest::addColumn<QList<QByteArray>>("bodies");
    const QByteArray base = firstSpec().body;
    QByteArray oneNumberMore = base;
    oneNumberMore.replace("\"+14085550123\"", "\"+14085550123\",\n        \"+14085550124\"");
    QByteArray renamed = base;
    renamed.replace("London Business Hours", "London Business Hours (main)");
    QTest::newRow("a number added, then removed") << QList<QByteArray>{base, oneNumberMore, base};
    QTest::newRow("a value lengthened and back") << QList<QByteArray>{base, renamed, base};
    QTest::newRow("to empty and back") << QList<QByteArray>{base, QByteArray(), base};
    QTest::newRow("prefix of the other") << QList<QByteArray>{"{\n}", "{\n}\n", "{\n", "{\n}"};
    // U+1F600 and U+1F601 share their high surrogate; U+1F600 and U+2F600 their low one.
    QTest::newRow("surrogate pairs") << QList<QByteArray>{"\"a\xF0\x9F\x98\x80"
                                                          "b\"",
                                                          "\"a\xF0\x9F\x98\x81"
                                                          "b\"",
                                                          "\"a\xF0\xAF\x98\x80"
                                                          "b\"",
                                                          "\"a\xF0\x9F\x98\x80\xF0\x9F\x98\x80"
                                                          "b\"",
                                                          "\"a\xF0\x9F\x98\x80"
                                                          "b\""};
}

void TestRequestPreview::changedBodyIsEditedInPlace()
{
    QFETCH(QList<QByteArray>, bodies);
    RequestPreview preview;
    auto *body = child<QPlainTextEdit>(preview, "previewBody");
    QVERIFY(!body->document()->isUndoRedoEnabled());
    HttpRequestSpec spec = firstSpec();
    for (const QByteArray &next : std::as_const(bodies)) {
        const QTextBlock firstBlock = body->document()->firstBlock();
        const bool firstLineKept =
            !next.isEmpty() && preview.hasRequest() &&
            previewBody(&preview).toUtf8().startsWith(next.left(next.indexOf('\n') + 1)) &&
            next.contains('\n');
        spec.body = next;
        preview.setRequest(spec);
        QCOMPARE(previewBody(&preview).toUtf8(), next);
        QCOMPARE(body->document()->blockCount(), int(next.count('\n')) + 1);
        if (firstLineKept) // the first line was not replaced, so neither was its block
            QCOMPARE(body->document()->firstBlock(), firstBlock);
        if (next == firstSpec().body) {
            const QTextBlock keyLine = body->document()->findBlockByNumber(1);
            QVERIFY(!keyLine.layout()->formats().isEmpty());
        }
    }
}

void TestRequestPreview::bodyColoursFollowThePalette()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    auto *highlighter = preview.findChild<JsonHighlighter *>();
    QVERIFY(highlighter);
    const QColor lightKey = highlighter->format(JsonHighlighter::Role::Key).foreground().color();

    QPalette dark = preview.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    preview.setPalette(dark); // reaches the body view like an application palette change
    QCOMPARE(highlighter->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    const QColor darkKey = highlighter->format(JsonHighlighter::Role::Key).foreground().color();
    QVERIFY(darkKey != lightKey);
    QVERIFY(JsonHighlighter::contrastRatio(darkKey, QColor(0x1e, 0x1e, 0x1e)) >= 4.5);
}

void TestRequestPreview::copyJsonPutsTheBodyBytes()
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

void TestRequestPreview::copyCurlLeavesTheTokenOutWhileHidden()
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

void TestRequestPreview::copyCurlActionHasShortcut()
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

void TestRequestPreview::secondSetRequestUpdatesEverything()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const HttpRequestSpec second = secondSpec();
    preview.setRequest(second);

    QCOMPARE(previewUrl(&preview), second.url.toString(QUrl::FullyEncoded));
    QVERIFY(previewUrl(&preview).contains(QStringLiteral("WORKSPACE-TWO")));
    QVERIFY(previewUrl(&preview).endsWith(QStringLiteral("?orgId=ORG-TWO")));
    QCOMPARE(previewBody(&preview).toUtf8(), second.body);
    QVERIFY(previewHeaders(&preview).contains(second.trackingId));
    QVERIFY(!previewHeaders(&preview).contains(firstSpec().trackingId));
    QVERIFY(!anyContains(visibleTexts(&preview), kToken));
    QCOMPARE(preview.request().url, second.url);

    QTest::mouseClick(child<QPushButton>(preview, "copyJsonButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), second.body);
}

void TestRequestPreview::placeholderHidesTheRequest()
{
    RequestPreview preview;
    preview.setRequest(firstSpec());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QString why = QStringLiteral("Choose a workspace first.");
    preview.setPlaceholder(why);

    QVERIFY(!preview.hasRequest());
    QCOMPARE(previewPlaceholder(&preview), why);
    QVERIFY(child<QLabel>(preview, "previewPlaceholder")->isVisible());
    QVERIFY(!child<QPushButton>(preview, "copyCurlButton")->isEnabled());
    QVERIFY(!child<QPushButton>(preview, "copyJsonButton")->isEnabled());
    QVERIFY(!preview.copyCurlAction()->isEnabled());
    QVERIFY(previewBody(&preview).isEmpty());
    QVERIFY(!anyContains(visibleTexts(&preview), kToken));

    preview.setRequest(firstSpec());
    QVERIFY(preview.hasRequest());
    QVERIFY(child<QPushButton>(preview, "copyCurlButton")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(preview, "previewBody")->isVisible());
    QCOMPARE(previewBody(&preview).toUtf8(), firstSpec().body);
}

void TestRequestPreview::everyInputHasALabelOrName()
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

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
