// The targets file of a bulk run (plain lines or CSV through libcsv) and the report's rows.
#include "app/files/bulkoutcome.h"
#include "app/files/csvtable.h"
#include "app/files/targetsfile.h"

#include <QTest>

using namespace seqring;

namespace
{
const QString kIdA = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU");
const QString kIdB = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
} // namespace

// TargetsFile::parse over the shapes admins export, and CsvTable's writing side.
class TestTargetsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void reportRoundTrip();
    void csvTargetsNameTheirLine_data();
    void csvTargetsNameTheirLine();
    void csvKeepsAFieldsLeadingFeff();
};

void TestTargetsFile::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("plain IDs") << (kIdA + QLatin1Char('\n') + kIdB + QLatin1Char('\n')).toUtf8()
                               << QStringList{kIdA, kIdB} << QStringList{QString(), QString()};
    QTest::newRow("plain names, CRLF, BOM, a blank line")
        << QByteArray("\xEF\xBB\xBFLondon - Boardroom\r\n\r\nLobby, \"North\"\r\n")
        << QStringList{QString(), QString()}
        << QStringList{QStringLiteral("London - Boardroom"), QStringLiteral("Lobby, \"North\"")};
    QTest::newRow("mixed lines, a repeat kept once")
        << (kIdA + QStringLiteral("\nSan Jose - Huddle 2\n") + kIdA).toUtf8()
        << QStringList{kIdA, QString()}
        << QStringList{QString(), QStringLiteral("San Jose - Huddle 2")};
    QTest::newRow("CSV workspaceId column, other columns, CRLF")
        << (QStringLiteral("displayName,workspaceId,notes\r\n\"A, b\",") + kIdA +
            QStringLiteral(",x\r\n,") + kIdB + QStringLiteral(",\"multi\r\nline\"\r\n"))
               .toUtf8()
        << QStringList{kIdA, kIdB} << QStringList{QStringLiteral("A, b"), QString()};
    QTest::newRow("CSV displayName only, quotes and commas, BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "location,displayName\n"
                      "London,\"Lobby, \"\"North\"\"\"\n"
                      "London,Kitchen\n")
        << QStringList{QString(), QString()}
        << QStringList{QStringLiteral("Lobby, \"North\""), QStringLiteral("Kitchen")};
}

void TestTargetsFile::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QList<BulkTarget> targets;
    QString error;
    QVERIFY2(TargetsFile::parse(data, &targets, &error), qPrintable(error));
    QStringList gotIds, gotNames;
    for (const BulkTarget &target : targets) {
        gotIds.append(target.workspaceId);
        gotNames.append(target.displayName);
        QVERIFY(target.line > 0);
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotNames, names);
}

void TestTargetsFile::rejects_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray("\r\n\n") << QStringLiteral("names no workspace");
    QTest::newRow("header only") << QByteArray("workspaceId\r\n")
                                 << QStringLiteral("names no workspace");
    QTest::newRow("unclosed quote")
        << QByteArray("displayName\n\"Lobby\n") << QStringLiteral("not valid CSV");
}

void TestTargetsFile::rejects()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, says);
    QList<BulkTarget> targets;
    QString error;
    QVERIFY(!TargetsFile::parse(data, &targets, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestTargetsFile::reportRoundTrip()
{
    BulkOutcome outcome;
    outcome.workspaceId = kIdA;
    outcome.displayName = QStringLiteral("Lobby, \"North\"");
    outcome.result = BulkOutcome::Result::WouldCreate;
    outcome.httpStatus = 0;
    outcome.message = QStringLiteral(" two\nlines ");
    const QByteArray header = CsvTable::row(BulkOutcome::reportHeader());
    QCOMPARE(header, QByteArray("workspaceId,displayName,result,criteriaId,httpStatus,trackingId,"
                                "message\r\n"));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(CsvTable::parse(header + CsvTable::row(outcome.reportRow()), &rows, &error),
             qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1), outcome.reportRow());
    QCOMPARE(rows.at(1).at(2), QStringLiteral("would-create"));
}

// Found by fuzz_targetsfile: a CSV target's line was its row's index, so blank lines, a
// field over two lines or rows ended by CR alone made messages name a line past the file's
// end or the wrong one. Lines are counted by LF, as the plain list's are.
void TestTargetsFile::csvTargetsNameTheirLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("blank lines") << QByteArray("displayName\n\nLobby\n\n\nKitchen\n")
                                 << QList<int>{3, 6};
    QTest::newRow("a field over two lines, CRLF")
        << QByteArray("displayName,notes\r\nLobby,\"two\r\nlines\"\r\nKitchen,x\r\n")
        << QList<int>{2, 4};
    QTest::newRow("no line feed at the end")
        << QByteArray("displayName\nLobby\n\nKitchen") << QList<int>{2, 4};
    QTest::newRow("rows ended by CR alone (the fuzzer's input)")
        << QByteArray("workspaceId\r\xff\xff_`\0\0:\r0\n", 22) << QList<int>{1, 1};
}

void TestTargetsFile::csvTargetsNameTheirLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, lines);
    QList<BulkTarget> targets;
    QString error;
    QVERIFY2(TargetsFile::parse(data, &targets, &error), qPrintable(error));
    QList<int> got;
    for (const BulkTarget &target : targets)
        got.append(target.line);
    QCOMPARE(got, lines);
}

// Found by fuzz_targetsfile: QString::fromUtf8 dropped a U+FEFF that began a field, and a
// first field beginning with one was written where a reader takes it for the file's BOM.
void TestTargetsFile::csvKeepsAFieldsLeadingFeff()
{
    const QString feff(QChar(0xFEFF));
    QList<QStringList> rows;
    QString error;
    QVERIFY(CsvTable::parse("\xEF\xBB\xBF"
                            "a,\xEF\xBB\xBF\xEF\xBB\xBF"
                            "b\r\n",
                            &rows, &error));
    QCOMPARE(rows, (QList<QStringList>{{QStringLiteral("a"), feff + feff + QLatin1Char('b')}}));
    const QList<QStringList> written{{feff + QLatin1Char('x'), QStringLiteral("y")},
                                     {QStringLiteral("z"), feff}};
    QByteArray file;
    for (const QStringList &row : written)
        file += CsvTable::row(row);
    QVERIFY(file.startsWith('"'));
    QVERIFY2(CsvTable::parse(file, &rows, &error), qPrintable(error));
    QCOMPARE(rows, written);
}

QTEST_GUILESS_MAIN(TestTargetsFile)
#include "tst_targetsfile.moc"
