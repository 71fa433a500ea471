// `seqring-admin --preview DRAFT.json`, in-process and as the real executable.
#include "app/files/draftfile.h"
#include "app/program/previewsubcommand.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace seqring;

namespace
{

const QString kToken = QStringLiteral("preview-secret-token-0123456789");

QString writeDraft(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

const QByteArray kGoodDraft = R"({
    "scheduleName": "Business Vacation",
    "scheduleType": "holidays",
    "scheduleLevel": "GROUP",
    "callsFrom": "SELECT_PHONE_NUMBERS",
    "anonymousCallersEnabled": true,
    "unavailableCallersEnabled": false,
    "phoneNumbers": ["+44 20 7183 8750", "0044 20 7183 9751"],
    "ringEnabled": true,
    "workspaceId": "WS-1"
})";

} // namespace

class TestPreviewCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDraft();
    void invalidDraft();
    void malformedDraft();
    void executable_data();
    void executable();
};

void TestPreviewCommand::goodDraft()
{
    QTemporaryDir dir;
    PreviewSubcommand::Options options;
    options.draftPath = writeDraft(dir, QStringLiteral("good.json"), kGoodDraft);
    options.token = kToken;
    options.orgId = QStringLiteral("ORG-9");
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(PreviewSubcommand::run(options, outStream, errStream), 0);
    QVERIFY(out.startsWith(QLatin1String("POST "
                                         "https://webexapis.com/v1/telephony/config/workspaces/"
                                         "WS-1/sequentialRing/criteria?orgId=ORG-9\n")));
    QVERIFY(out.contains(QLatin1String("Content-Type: application/json")));
    QVERIFY(out.contains(QLatin1String("Authorization: Bearer ")));
    QVERIFY(!out.contains(kToken));
    QVERIFY(out.contains(QLatin1String("\"+442071838750\"")));
    QVERIFY(out.contains(QLatin1String("\"+442071839751\"")));
    QVERIFY(err.isEmpty());
}

void TestPreviewCommand::invalidDraft()
{
    QTemporaryDir dir;
    PreviewSubcommand::Options options;
    options.draftPath = writeDraft(
        dir, QStringLiteral("bad.json"),
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","phoneNumbers":["12ab"],"ringEnabled":true})");
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(PreviewSubcommand::run(options, outStream, errStream), 2);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(QLatin1String("12ab")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Workspace ID")), qPrintable(err));
}

void TestPreviewCommand::malformedDraft()
{
    QTemporaryDir dir;
    PreviewSubcommand::Options options;
    options.draftPath = writeDraft(dir, QStringLiteral("broken.json"), "{\"callsFrom\": [");
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(PreviewSubcommand::run(options, outStream, errStream), 2);
    QVERIFY(err.contains(QLatin1String("broken.json")));
}

void TestPreviewCommand::executable_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("good") << kGoodDraft << 0 << "\"scheduleName\": \"Business Vacation\""
                          << "";
    QTest::newRow("invalid")
        << QByteArray(
               R"({"workspaceId":"W","scheduleName":"","scheduleType":"holidays","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << 2 << ""
        << "Schedule name";
    QTest::newRow("unknown key")
        << QByteArray(
               R"({"workspaceId":"W","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"extra":1})")
        << 2 << ""
        << "extra";
}

void TestPreviewCommand::executable()
{
    QFETCH(QByteArray, draft);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    QTemporaryDir dir;
    const QString path = writeDraft(dir, QStringLiteral("draft.json"), draft);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    env.remove(QStringLiteral("DISPLAY")); // no window, no display needed
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SEQRING_ADMIN_EXE), {QStringLiteral("--preview"), path});
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode, qPrintable(err));
    QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    QVERIFY2(err.contains(stderrHas), qPrintable(err));
    QVERIFY(!out.contains(kToken) && !err.contains(kToken));
}

QTEST_GUILESS_MAIN(TestPreviewCommand)
#include "tst_previewcommand.moc"
