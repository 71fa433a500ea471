// Help > Export session log… in the real window against the sandbox, and --har FILE of
// the real app: both write HAR 1.2 with every required field and no token.
#include "tests/common/appenvironment.h"
#include "tests/common/harcheck.h"
#include "tests/common/windowfixture.h"
#include "ui/results/requestlogexport.h"

#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Tests the session log's export from the window and from the command line.
class TestRequestLogExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportFromTheHelpMenu();
    void exportToAFolderThatIsMissingSaysSo();
    void harOptionWritesAtExit();
};

void TestRequestLogExport::exportFromTheHelpMenu()
{
    test::WindowFixture fx;
    QVERIFY(fx.start());
    fx.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(fx.window.get()));
    // The window's own look-ups (the token's person, the workspace) are the target.
    QVERIFY(QTest::qWaitFor([&fx] { return fx.client->requestLog()->size() >= 1; }, 10000));

    auto *action = fx.find<RequestLogExport>(QStringLiteral("exportSessionLogAction"));
    QVERIFY(action);
    bool inHelp = false;
    for (QAction *menu : fx.window->menuBar()->actions())
        inHelp = inHelp || (menu->menu() && menu->menu()->actions().contains(action) &&
                            menu->menu()->title() == QLatin1String("&Help"));
    QVERIFY(inHelp);
    action->trigger();
    QFileDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (dialog = fx.find<QFileDialog>(QStringLiteral("exportSessionLogDialog"))); },
        5000));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->defaultSuffix() == QLatin1String("har"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("support.har"));
    QSignalSpy exported(action, &RequestLogExport::exported);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(0).toString(), path);
    const QByteArray har = readAll(path);
    int entries = 0;
    const QStringList problems = test::harProblems(har, &entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(entries >= 1);
    QVERIFY(!har.contains(fx.server->demoToken().toUtf8()));
    QVERIFY(har.contains("[redacted]"));
}

void TestRequestLogExport::exportToAFolderThatIsMissingSaysSo()
{
    test::WindowFixture fx;
    QVERIFY(fx.start());
    auto *action = fx.find<RequestLogExport>(QStringLiteral("exportSessionLogAction"));
    QVERIFY(action);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/support.har"));
    QVERIFY(!action->exportTo(path));
    auto *box = fx.find<QMessageBox>(QStringLiteral("exportSessionLogError"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("no-such-folder")), qPrintable(box->text()));
    QVERIFY(!QFile::exists(path));
}

void TestRequestLogExport::harOptionWritesAtExit()
{
    QTemporaryDir dir;
    const QString har = dir.filePath(QStringLiteral("cli.har"));
    QProcess app;
    app.setProcessEnvironment(seqring::test::appEnvironment(dir));
    // --screenshot lets the sandbox look-ups answer, then exits as a quit does.
    app.start(QStringLiteral(SEQRING_ADMIN_EXE),
              {QStringLiteral("--sandbox"), QStringLiteral("--har"), har,
               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const QByteArray json = readAll(har);
    int entries = 0;
    const QStringList problems = test::harProblems(json, &entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(entries >= 1);
    const sandbox::SandboxServer sandbox; // not started: only its fixture's tokens
    QVERIFY(!json.contains(sandbox.demoToken().toUtf8()));
}

QTEST_MAIN(TestRequestLogExport)
#include "tst_requestlogexport.moc"
