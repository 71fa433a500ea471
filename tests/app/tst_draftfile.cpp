// DraftFile: atomic writes, reading back, the format's versions, and clear messages for bad
// files.
#include "app/files/draftfile.h"
#include "tests/common/seedcriteria.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
    void versions_data();
    void versions();
    void draftRoundTrip();
    void draftKeepsNumbersTypedUnderAnyNumber();
    void draftTargetsWithQuotesAndColonsSurvive_data();
    void draftTargetsWithQuotesAndColonsSurvive();
    void draftRejects_data();
    void draftRejects();
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

void TestDraftFile::versions_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("refusal"); // empty: it opens
    const QByteArray body =
        R"("callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"workspaceId":"WS-1")";
    QTest::newRow("current") << "{" + body + R"(,"format":"seqring-admin/draft","version":1})"
                             << QString();
    QTest::newRow("before versions (version 0)") << "{" + body + "}" << QString();
    QTest::newRow("newer") << "{" + body + R"(,"format":"seqring-admin/draft","version":2})"
                           << QStringLiteral("newer version of seqring-admin (draft format 2");
    QTest::newRow("version not a number")
        << "{" + body + R"(,"version":"one"})" << QStringLiteral("\"one\"");
    QTest::newRow("another format") << "{" + body + R"(,"format":"seqring-admin/autosave"})"
                                    << QStringLiteral("seqring-admin/autosave");
}

void TestDraftFile::versions()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, refusal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Parsed<Draft> parsed = DraftFile::read(path);
    if (refusal.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value->workspaceId, QStringLiteral("WS-1"));
        QCOMPARE(parsed.value->criteria.callsFrom, CallsFrom::AnyPhoneNumber);
        // Saved again, it carries the current format and version.
        const QJsonObject saved =
            QJsonDocument::fromJson(DraftFile::toJson(*parsed.value)).object();
        QCOMPARE(saved.value(QLatin1String("format")).toString(), DraftFile::formatName());
        QCOMPARE(saved.value(QLatin1String("version")).toInt(), DraftFile::kVersion);
        return;
    }
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(refusal) && parsed.error.contains(QLatin1String("draft.json")),
             qPrintable(parsed.error));
}

void TestDraftFile::draftRoundTrip()
{
    Draft draft{test::documentedSeed(), QStringLiteral("WS/1+2="), QStringLiteral("ORG-42")};
    const QByteArray json = DraftFile::toJson(draft);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(object.value(QLatin1String("workspaceId")).toString(), draft.workspaceId);
    QCOMPARE(object.value(QLatin1String("orgId")).toString(), draft.orgId);
    const Parsed<Draft> back = DraftFile::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(*back.value, draft);

    draft.orgId.clear();
    const QByteArray noOrg = DraftFile::toJson(draft);
    QVERIFY(!QJsonDocument::fromJson(noOrg).object().contains(QLatin1String("orgId")));
    QCOMPARE(*DraftFile::fromJson(noOrg).value, draft);
}

void TestDraftFile::draftKeepsNumbersTypedUnderAnyNumber()
{
    // fuzz_draft found it: with ANY_PHONE_NUMBER the writer dropped the numbers and the
    // callers' flags, so a saved draft (or the autosave) lost what was typed for them.
    Criteria typed = test::documentedSeed();
    QCOMPARE(typed.callsFrom, CallsFrom::SelectPhoneNumbers);
    typed.callsFrom = CallsFrom::AnyPhoneNumber;
    const Draft draft{typed, QStringLiteral("WS1"), QString()};
    const Parsed<Draft> back = DraftFile::fromJson(DraftFile::toJson(draft));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(*back.value, draft);
    QCOMPARE(back.value->criteria.phoneNumbers, test::documentedSeed().phoneNumbers);
    // The request body still carries none of them.
    const QJsonObject body = QJsonDocument::fromJson(CriteriaJson::toJson(typed)).object();
    for (const char *key : {"anonymousCallersEnabled", "unavailableCallersEnabled", "phoneNumbers"})
        QVERIFY2(!body.contains(QLatin1String(key)), key);
    // Flags left false are not written, so a draft of any number keeps the body's shape.
    Criteria plain = typed;
    plain.anonymousCallersEnabled = plain.unavailableCallersEnabled = false;
    plain.phoneNumbers.clear();
    const QByteArray plainDraft = DraftFile::toJson({plain, QStringLiteral("WS1"), QString()});
    QVERIFY(!plainDraft.contains("phoneNumbers"));
    QVERIFY(!plainDraft.contains("CallersEnabled"));
}

void TestDraftFile::draftTargetsWithQuotesAndColonsSurvive_data()
{
    QTest::addColumn<QString>("workspaceId");
    QTest::addColumn<QString>("orgId");
    // fuzz_draft found the first: the writer turned ":t0" into ": t0".
    QTest::newRow("leading colon") << QStringLiteral(":t0") << QStringLiteral("ORG1");
    QTest::newRow("quote and colon") << QStringLiteral("a\":b") << QStringLiteral("x\":\":y");
    QTest::newRow("backslash") << QStringLiteral("a\\\":") << QString();
}

void TestDraftFile::draftTargetsWithQuotesAndColonsSurvive()
{
    QFETCH(QString, workspaceId);
    QFETCH(QString, orgId);
    const Draft draft{test::documentedSeed(), workspaceId, orgId};
    const Parsed<Draft> back = DraftFile::fromJson(DraftFile::toJson(draft));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.value->workspaceId, workspaceId);
    QCOMPARE(back.value->orgId, orgId);
}

void TestDraftFile::draftRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    QTest::newRow("truncated") << QByteArray("{\"workspaceId\": \"A\"") << QStringLiteral("JSON");
    QTest::newRow("workspace as number")
        << QByteArray(R"({"workspaceId":5,"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QStringLiteral("workspaceId");
    QTest::newRow("unknown key")
        << QByteArray(
               R"({"workspaceId":"A","colour":"red","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QStringLiteral("colour");
    QTest::newRow("binary garbage")
        << QByteArray("\x00\xff\xfe garbage", 12) << QStringLiteral("JSON");
}

void TestDraftFile::draftRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    const Parsed<Draft> parsed = DraftFile::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(mention), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestDraftFile)
#include "tst_draftfile.moc"
