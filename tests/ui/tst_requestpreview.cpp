// RequestPreview: what it shows for a built create request (method, URL, headers with the
// token masked, the body bytes exactly, highlighted and edited in place), updates on every
// setRequest, and the placeholder. Show token and the copies: tst_requestpreviewactions.
#include "tests/common/previewrequests.h"
#include "tests/common/previewtext.h"
#include "ui/jsonhighlighter.h"
#include "ui/requestpreview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace seqring;
using namespace seqring::test;

class TestRequestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void showsMethodUrlAndHeadersWithTokenMasked();
    void bodyIsTheSpecBytesExactly_data();
    void bodyIsTheSpecBytesExactly();
    void bodyIsHighlighted();
    void changedBodyIsEditedInPlace_data();
    void changedBodyIsEditedInPlace();
    void editInsideALineRepaintsThatLine();
    void bodyColoursFollowThePalette();
    void secondSetRequestUpdatesEverything();
    void placeholderHidesTheRequest();
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

// A new number in place of another changes one line: only that line is laid out and
// repainted, and what is painted then is what a fresh view of the new body paints.
void TestRequestPreview::editInsideALineRepaintsThatLine()
{
    RequestPreview preview;
    preview.resize(600, 700);
    preview.setRequest(firstSpec());
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    auto *body = child<QPlainTextEdit>(preview, "previewBody");
    QCoreApplication::processEvents();

    HttpRequestSpec spec = firstSpec();
    QVERIFY(spec.body.contains("\"+14085550123\""));
    spec.body.replace("\"+14085550123\"", "\"+14085550199\"");
    QList<QRect> repainted;
    connect(body, &QPlainTextEdit::updateRequest, this, [&repainted](const QRect &rect, int dy) {
        if (dy == 0)
            repainted.append(rect);
    });
    preview.setRequest(spec);
    QCoreApplication::processEvents();
    QVERIFY(!repainted.isEmpty());
    const int line = body->fontMetrics().lineSpacing();
    for (const QRect &rect : std::as_const(repainted))
        QVERIFY2(rect.height() <= 2 * line, qPrintable(QString::number(rect.height())));

    RequestPreview fresh;
    fresh.resize(preview.size());
    fresh.setRequest(spec);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QCoreApplication::processEvents();
    QCOMPARE(previewBody(&preview), previewBody(&fresh));
    QCOMPARE(body->viewport()->grab().toImage(),
             child<QPlainTextEdit>(fresh, "previewBody")->viewport()->grab().toImage());

    // A number more adds a line: everything below it moves, and is painted again.
    repainted.clear();
    spec.body.replace("\"+14085550199\"", "\"+14085550199\",\n        \"+14085550124\"");
    preview.setRequest(spec);
    QCoreApplication::processEvents();
    QCOMPARE(previewBody(&preview).toUtf8(), spec.body);
    QVERIFY(std::any_of(repainted.begin(), repainted.end(),
                        [line](const QRect &rect) { return rect.height() > 2 * line; }));
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

QTEST_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
