// DraftFile: atomic writes, reading back, and clear messages for bad files.
#include "app/files/draftfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

class TestDraftFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeAndRead();
    void failedWriteKeepsOldFile();
    void badFiles_data();
    void badFiles();
};

namespace
{
Draft sample()
{
    Draft draft;
    draft.criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    draft.criteria.phoneNumbers = {QStringLiteral("+442071838750")};
    draft.workspaceId = QStringLiteral("WS-1");
    draft.orgId = QStringLiteral("ORG-1");
    return draft;
}
} // namespace

void TestDraftFile::writeAndRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QCOMPARE(DraftFile::write(path, sample()), QString());
    const Parsed<Draft> back = DraftFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(*back.value, sample());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("draft.json")});
}

void TestDraftFile::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/draft.json"));
    const QString error = DraftFile::write(path, sample());
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QLatin1String("missing-folder")));
}

void TestDraftFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mention");
    QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("JSON");
    QTest::newRow("wrong type") << QByteArray(
                                       R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":"no"})")
                                << QStringLiteral("ringEnabled");
    QTest::newRow("too large") << QByteArray(DraftFile::kMaxDraftBytes + 1, ' ')
                               << QStringLiteral("too large");
}

void TestDraftFile::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Parsed<Draft> parsed = DraftFile::read(path);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(mention), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(QLatin1String("bad.json")), qPrintable(parsed.error));
    QVERIFY(!DraftFile::read(dir.filePath(QStringLiteral("absent.json"))).ok());
}

QTEST_GUILESS_MAIN(TestDraftFile)
#include "tst_draftfile.moc"
