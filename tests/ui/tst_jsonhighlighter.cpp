// JsonHighlighter: which format each JSON token gets, that the four value roles look
// different, that every colour stays readable on light and dark palettes, and that the
// highlighter follows its editor's palette.
#include "ui/jsonhighlighter.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using seqring::JsonHighlighter;
using Role = JsonHighlighter::Role;

namespace
{

QPalette makePalette(const QColor &base, const QColor &text, const QColor &link,
                     const QColor &linkVisited)
{
    QPalette palette;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, base);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, base);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, linkVisited);
    }
    return palette;
}

QPalette lightPalette()
{
    return makePalette(Qt::white, Qt::black, QColor(0x00, 0x00, 0xff), QColor(0xff, 0x00, 0xff));
}

// A dark palette with light-theme link colours left in it: the worst case.
QPalette naiveDarkPalette()
{
    return makePalette(QColor(0x12, 0x12, 0x12), QColor(0xee, 0xee, 0xee), QColor(0x00, 0x00, 0xff),
                       QColor(0x80, 0x00, 0x80));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1), QColor(0x29, 0x80, 0xb9),
                       QColor(0x7f, 0x8c, 0x8d));
}

QList<Role> allRoles()
{
    return {Role::Key, Role::String, Role::Number, Role::Literal, Role::Punctuation};
}

const QString kJson = QStringLiteral("{\n"
                                     "    \"scheduleName\": \"Office: \\\"main\\\" hours\",\n"
                                     "    \"ringEnabled\": true,\n"
                                     "    \"count\": -12.5e3,\n"
                                     "    \"phoneNumbers\": [\n"
                                     "        null\n"
                                     "    ]\n"
                                     "}\n");

// The format the highlighter gave the character at `position`.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokensGetTheirRoles_data();
    void tokensGetTheirRoles();
    void whitespaceAndPlainTextStayUnformatted();
    void valueRolesLookDifferent_data();
    void valueRolesLookDifferent();
    void contrastAgainstBase_data();
    void contrastAgainstBase();
    void contrastRatioMatchesWcag();
    void followsEditorPaletteChange();
};

void TestJsonHighlighter::tokensGetTheirRoles_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("role");
    QTest::newRow("key") << QStringLiteral("\"scheduleName\"") << 0 << int(Role::Key);
    QTest::newRow("string with colon and escaped quotes")
        << QStringLiteral("\"Office: \\\"main\\\" hours\"") << 0 << int(Role::String);
    QTest::newRow("true") << QStringLiteral("true") << 0 << int(Role::Literal);
    QTest::newRow("null") << QStringLiteral("null") << 0 << int(Role::Literal);
    QTest::newRow("number") << QStringLiteral("-12.5e3") << 0 << int(Role::Number);
    QTest::newRow("brace") << QStringLiteral("{") << 0 << int(Role::Punctuation);
    QTest::newRow("colon") << QStringLiteral(":") << 0 << int(Role::Punctuation);
    QTest::newRow("comma") << QStringLiteral(",") << 0 << int(Role::Punctuation);
    QTest::newRow("bracket") << QStringLiteral("]") << 0 << int(Role::Punctuation);
}

void TestJsonHighlighter::tokensGetTheirRoles()
{
    QFETCH(QString, token);
    QFETCH(int, occurrence);
    QFETCH(int, role);
    QTextDocument document;
    document.setPlainText(kJson);
    JsonHighlighter highlighter(&document, lightPalette());
    highlighter.rehighlight(); // attaching highlights from the event loop; do it now
    qsizetype start = -1;
    for (int i = 0; i <= occurrence; ++i)
        start = kJson.indexOf(token, start + 1);
    QVERIFY(start >= 0);
    const QColor expected = highlighter.format(Role(role)).foreground().color();
    // Every character of the token carries the role's colour.
    for (qsizetype i = start; i < start + token.size(); ++i)
        QCOMPARE(formatAt(document, int(i)).foreground().color(), expected);
}

void TestJsonHighlighter::whitespaceAndPlainTextStayUnformatted()
{
    QTextDocument document;
    document.setPlainText(kJson);
    JsonHighlighter highlighter(&document, lightPalette());
    highlighter.rehighlight();
    QVERIFY(!formatAt(document, int(kJson.indexOf(QLatin1Char(' '))))
                 .hasProperty(QTextFormat::ForegroundBrush));
}

void TestJsonHighlighter::valueRolesLookDifferent_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("dark with light-theme links") << naiveDarkPalette();
}

void TestJsonHighlighter::valueRolesLookDifferent()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    JsonHighlighter highlighter(&document, palette);
    const QList<Role> roles{Role::Key, Role::String, Role::Number, Role::Literal};
    for (qsizetype i = 0; i < roles.size(); ++i) {
        for (qsizetype j = i + 1; j < roles.size(); ++j) {
            const QColor a = highlighter.format(roles.at(i)).foreground().color();
            const QColor b = highlighter.format(roles.at(j)).foreground().color();
            QVERIFY2(a != b, qPrintable(QStringLiteral("roles %1 and %2 share %3")
                                            .arg(int(roles.at(i)))
                                            .arg(int(roles.at(j)))
                                            .arg(a.name())));
        }
    }
}

void TestJsonHighlighter::contrastAgainstBase_data()
{
    valueRolesLookDifferent_data();
}

void TestJsonHighlighter::contrastAgainstBase()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    JsonHighlighter highlighter(&document, palette);
    const QColor base = palette.color(QPalette::Base);
    for (Role role : allRoles()) {
        const QColor color = highlighter.format(role).foreground().color();
        const double ratio = JsonHighlighter::contrastRatio(color, base);
        const double minimum = role == Role::Punctuation ? 3.0 : 4.5;
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("role %1: %2 on %3 is %4:1")
                                                  .arg(int(role))
                                                  .arg(color.name(), base.name())
                                                  .arg(ratio)));
    }
}

void TestJsonHighlighter::contrastRatioMatchesWcag()
{
    QCOMPARE(qRound(JsonHighlighter::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(JsonHighlighter::contrastRatio(Qt::red, Qt::red), 1.0);
    // #777777 on white is the classic borderline grey, 4.48:1.
    QCOMPARE(qRound(JsonHighlighter::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100),
             448);
}

void TestJsonHighlighter::followsEditorPaletteChange()
{
    QPlainTextEdit editor;
    editor.setPalette(lightPalette());
    editor.setPlainText(kJson);
    auto *highlighter = new JsonHighlighter(&editor);
    highlighter->rehighlight();
    const QColor lightKey = highlighter->format(Role::Key).foreground().color();
    const int keyPosition = int(kJson.indexOf(QLatin1String("\"ringEnabled\"")));
    QCOMPARE(formatAt(*editor.document(), keyPosition).foreground().color(), lightKey);

    editor.setPalette(darkPalette());
    QCOMPARE(highlighter->palette().color(QPalette::Base), QColor(0x23, 0x26, 0x29));
    const QColor darkKey = highlighter->format(Role::Key).foreground().color();
    QVERIFY(darkKey != lightKey);
    // The document was re-highlighted with the new colours.
    QCOMPARE(formatAt(*editor.document(), keyPosition).foreground().color(), darkKey);
}

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
