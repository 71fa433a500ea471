// The leak test: a whole session run as a script, with an access token, a refresh token and
// a client secret that are easy to spot, then every file written and every line printed
// searched for them (raw, percent-encoded, base64). The keychain is the one place allowed.
//
// In this process, the real window against the in-process sandbox: Sign in with Webex (the
// secret typed in, the browser played), a create, a 400 and a 500 on creates with Show
// details, a refresh after the access token expired, an edit (PUT), Help > Export session
// log…. Then real processes, each with its own HOME and XDG folders: `seqring-admin apply`
// with --report and --journal against a seqring-sandbox process; the window signed in from
// the keychain, renewing its token, ended by SIGTERM with --har; and one killed by SIGKILL.
#include "app/files/autosavefile.h"
#include "app/signin/tokenstore.h"
#include "tests/common/consentbrowser.h"
#include "tests/common/isolatedprocesses.h"
#include "tests/common/secretscan.h"
#include "tests/common/signinlink.h"
#include "tests/common/windowtest.h"
#include "ui/results/errordialog.h"
#include "ui/results/requestlogexport.h"
#include "ui/signin/signinactions.h"
#include "ui/signin/signindialog.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <csignal>

using namespace seqring;
using namespace seqring::test;

namespace
{
const QString kMarker = QStringLiteral("ZQLEAKMARK7");
// + / = so that its percent-encoded form differs from the raw one.
const QString kClientSecret = kMarker + QStringLiteral("-client+secret/3f9c1e=");
const QString kBulkToken = kMarker + QStringLiteral("-bulk-token-58d2a0");
} // namespace

class TestLeaks : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowSession();
    void bulkRun();
    void signedInProcessEndsWithHar();
    void killedProcess();
    void nothingLeaked();
    void cleanup();
    void cleanupTestCase();

private:
    void signIn();
    ErrorDialog *failCreate(int status);
    // Requests with an access token of the sign-in received since `from`.
    int signedInRequests(qsizetype from) const;
    std::unique_ptr<QProcess> startSignedInWindow(const QString &name, const QStringList &extra);

    IsolatedProcesses m_processes;
    QStringList m_screenTexts; // what the window showed of the answers (Show details)
    QStringList m_secrets;     // exact values seen in the session (tokens, codes)
};

void TestLeaks::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
    qRegisterMetaType<ApiResult>();
    m_processes.becomeOwn(QStringLiteral("driver"));

    // The window as app/program/main.cpp builds it, with the app's own keychain service (the other
    // processes read the sign-in from it) and a custom API root, as for a real integration.
    QVERIFY(m_fx.startServices(QStringLiteral("seqring-admin")));
    m_fx.server->setOAuthClientSecret(kClientSecret);
    m_fx.server->setTokenMarker(kMarker);
    m_fx.settings->setRedirectUri(QStringLiteral("http://127.0.0.1:0/redirect"));
    m_fx.window = std::make_unique<MainWindow>(
        MainWindow::Services{m_fx.settings.get(), m_fx.client.get(), m_fx.target.get(),
                             m_fx.signIn.get(), AutosaveFile::defaultPath()}); // as the app
    TargetModel::Overrides overrides;
    overrides.baseUrl = m_fx.server->apiRoot();
    m_fx.target->load(*m_fx.settings, overrides);
    m_window = m_fx.window.get();
    m_fx.client->setRetryDelayScale(0.02);
    dialogs()->setDebounceInterval(20);
    m_dialogs =
        std::make_unique<QSignalSpy>(m_fx.find<ResultPresenter>(), &ResultPresenter::dialogShown);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestLeaks::signIn()
{
    QUrl opened;
    SignInActions *commands = captureSignInLink(m_window, &opened);
    QVERIFY(commands);
    commands->signInAction()->trigger();
    auto *dialog = m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
    clientId->clear();
    QTest::keyClicks(clientId, m_fx.server->oauthClientId());
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    secret->clear();
    QTest::keyClicks(secret, kClientSecret);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecretCheck"))->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSignInButton")),
                      Qt::LeftButton);
    QVERIFY(opened.isValid());
    m_fx.server->registerRedirectUri(m_fx.signIn->flow()->redirectUri());
    testsupport::ConsentBrowser browser;
    const QUrl target = browser.consent(opened, QStringLiteral("allow"));
    m_secrets.append(QUrlQuery(target).queryItemValue(QStringLiteral("code")));
    QVERIFY(!m_secrets.last().isEmpty());
    QCOMPARE(browser.get(target).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->status().startsWith(QLatin1String("Signed in as")), 10000);
    const OAuthTokens tokens = m_fx.tokens->signedInTokens();
    QVERIFY(tokens.accessToken.startsWith(kMarker + QStringLiteral("-access-")));
    QVERIFY(tokens.refreshToken.startsWith(kMarker + QStringLiteral("-refresh-")));
    m_secrets << tokens.accessToken << tokens.refreshToken;
    dialog->close();
}

ErrorDialog *TestLeaks::failCreate(int status)
{
    m_fx.server->forceStatus(status);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    if (!dialog)
        return nullptr;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("showDetailsButton")),
                      Qt::LeftButton);
    m_screenTexts.append(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("errorDetails"))->toPlainText());
    return dialog;
}

void TestLeaks::windowSession()
{
    signIn();
    QCOMPARE(m_fx.target->tokenSource(), TokenProvider::Source::SignedIn);

    // A create, then the service refuses one (400) and fails one (500).
    fillSeedByInput();
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *success = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(success);
    success->close();
    m_fx.server->setFaultsOnCreatesOnly(true);
    for (int status : {400, 500}) {
        ErrorDialog *dialog = failCreate(status);
        QVERIFY2(dialog, qPrintable(QString::number(status)));
        QVERIFY(dialog->statusText().contains(QString::number(status)));
        dialog->close();
    }
    m_fx.server->clearFaults();

    // The access token expires: the next look-ups renew it with the refresh token and the
    // client secret; then an edit of the seeded criteria is saved (PUT).
    const qsizetype before = m_fx.server->receivedRequests().size();
    m_fx.server->expireAccessTokens();
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    QTRY_VERIFY(sendBar()->createButton()->isEnabled());
    QTest::mouseClick(sendBar()->createButton(), Qt::LeftButton);
    const auto sent = [this, before](const QByteArray &method, const QString &path) {
        const QList<sandbox::RecordedRequest> all = m_fx.server->receivedRequests();
        for (qsizetype i = before; i < all.size(); ++i) {
            if (all.at(i).method == method && all.at(i).path.contains(path))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sent("PUT", QStringLiteral("/criteria/")), 10000);
    QVERIFY(sent("POST", QStringLiteral("/access_token"))); // the refresh
    m_secrets.append(m_fx.tokens->signedInTokens().accessToken);
    QVERIFY(m_secrets.last() != m_secrets.at(1));

    // Help > Export session log…
    auto *exporter = m_fx.find<RequestLogExport>(QStringLiteral("exportSessionLogAction"));
    QVERIFY(exporter);
    exporter->trigger();
    QFileDialog *fileDialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return (fileDialog = m_fx.find<QFileDialog>(QStringLiteral("exportSessionLogDialog")));
        },
        5000));
    const QString har =
        m_processes.folder(QStringLiteral("driver"), QStringLiteral("home/support.har"));
    QSignalSpy exported(exporter, &RequestLogExport::exported);
    fileDialog->selectFile(har);
    static_cast<QDialog *>(fileDialog)->accept();
    QTRY_COMPARE(exported.count(), 1);
    QFile written(har);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray exportedLog = written.readAll();
    QVERIFY(exportedLog.contains("/criteria/") && exportedLog.contains("[redacted]"));

    m_window->close(); // writes the settings
    m_fx.settings->sync();
    QVERIFY(m_fx.settings->clientId() == m_fx.server->oauthClientId());
    m_dialogs.reset();
    m_fx.window.reset();
    m_window = nullptr;
}

void TestLeaks::bulkRun()
{
    // The sandbox's data with one more full-admin token, the one to look for; the data is
    // the service's, in a folder of the test's own that the search leaves out.
    QFile demo(QStringLiteral(":/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject data = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray tokens = data.value(QLatin1String("tokens")).toArray();
    QJsonObject bulk = tokens.first().toObject();
    bulk.insert(QLatin1String("token"), kBulkToken);
    tokens.append(bulk);
    data.insert(QLatin1String("tokens"), tokens);
    const QString fixture = m_processes.folder(QStringLiteral("fixture"), QString());
    QVERIFY(writeFile(fixture + QStringLiteral("state.json"), QJsonDocument(data).toJson()));
    QVERIFY(writeFile(fixture + QStringLiteral("draft.json"),
                      R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})"));
    QVERIFY(writeFile(fixture + QStringLiteral("targets.txt"),
                      (kBoardroom + QStringLiteral("\nSan Jose - Huddle 2\nLondon - Kitchen "
                                                   "Phone\nNo Such Workspace\n"))
                          .toUtf8()));

    auto sandbox = m_processes.process(QStringLiteral("sandbox"));
    sandbox->start(QStringLiteral(SEQRING_SANDBOX_EXE),
                   {QStringLiteral("--state"), fixture + QStringLiteral("state.json"),
                    QStringLiteral("--force-status"), QStringLiteral("503:1"),
                    QStringLiteral("--faults-on-creates-only")});
    QVERIFY(sandbox->waitForStarted(5000));
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:[0-9]+/v1)"));
    const QString apiRoot = m_processes.waitForOutput(QStringLiteral("sandbox"), listening, 10000);
    QVERIFY(!apiRoot.isEmpty());

    const QString home = m_processes.folder(QStringLiteral("apply"), QStringLiteral("home/"));
    auto apply = m_processes.process(QStringLiteral("apply"));
    QProcessEnvironment env = apply->processEnvironment();
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kBulkToken);
    apply->setProcessEnvironment(env);
    apply->start(QStringLiteral(SEQRING_ADMIN_EXE),
                 {QStringLiteral("apply"), QStringLiteral("--draft"),
                  fixture + QStringLiteral("draft.json"), QStringLiteral("--workspaces"),
                  fixture + QStringLiteral("targets.txt"), QStringLiteral("--base-url"), apiRoot,
                  QStringLiteral("--report"), home + QStringLiteral("report.csv"),
                  QStringLiteral("--journal"), home + QStringLiteral("run.journal")});
    QVERIFY(apply->waitForFinished(60000));
    sandbox->terminate();
    QVERIFY(sandbox->waitForFinished(5000));
    QCOMPARE(apply->exitStatus(), QProcess::NormalExit);
    QVERIFY2(apply->exitCode() != 2, "apply refused its input");
    QFile report(home + QStringLiteral("report.csv"));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray rows = report.readAll();
    QVERIFY2(rows.contains("Created"), rows.constData()); // it did send with the token
    QVERIFY(QFile::exists(home + QStringLiteral("run.journal")));
}

int TestLeaks::signedInRequests(qsizetype from) const
{
    const QByteArray bearer = "Bearer " + kMarker.toUtf8() + "-access-";
    const QList<sandbox::RecordedRequest> all = m_fx.server->receivedRequests();
    int count = 0;
    for (qsizetype i = from; i < all.size(); ++i)
        count += all.at(i).header("Authorization").startsWith(bearer) ? 1 : 0;
    return count;
}

std::unique_ptr<QProcess> TestLeaks::startSignedInWindow(const QString &name,
                                                         const QStringList &extra)
{
    // The API root and the client the window signed in with: the process finds the sign-in
    // and the client secret in the keychain.
    auto app = m_processes.process(name);
    app->start(QStringLiteral(SEQRING_ADMIN_EXE),
               QStringList{QStringLiteral("--base-url"), m_fx.server->apiRoot(),
                           QStringLiteral("--client-id"), m_fx.server->oauthClientId(),
                           QStringLiteral("--workspace"), kBoardroom} +
                   extra);
    return app;
}

void TestLeaks::signedInProcessEndsWithHar()
{
    // Its access token has expired: it renews it with what the keychain holds.
    m_fx.server->expireAccessTokens();
    const qsizetype from = m_fx.server->receivedRequests().size();
    const QString har = m_processes.folder(QStringLiteral("har"), QStringLiteral("home/cli.har"));
    auto app = startSignedInWindow(QStringLiteral("har"), {QStringLiteral("--har"), har});
    QVERIFY(app->waitForStarted(10000));
    QVERIFY2(QTest::qWaitFor([&] { return signedInRequests(from) >= 4; }, 30000),
             "the process made no signed-in requests");
    bool renewed = false;
    const QList<sandbox::RecordedRequest> all = m_fx.server->receivedRequests();
    for (qsizetype i = from; i < all.size(); ++i)
        renewed = renewed || all.at(i).path.endsWith(QLatin1String("/access_token"));
    QVERIFY(renewed);
    ::kill(pid_t(app->processId()), SIGTERM);
    QVERIFY(QTest::qWaitFor([&] { return app->state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(app->exitCode(), 0);
    QFile written(har);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray atExit = written.readAll();
    QVERIFY(atExit.contains("/people/me") && atExit.contains("[redacted]"));
}

void TestLeaks::killedProcess()
{
    // It opens a draft (as the desktop entry does), so it leaves an autosave.
    const QString draft =
        m_processes.folder(QStringLiteral("fixture"), QStringLiteral("crash-draft.json"));
    QVERIFY(writeFile(draft, QStringLiteral(R"({"callsFrom": "ANY_PHONE_NUMBER", )"
                                            R"("ringEnabled": false, "workspaceId": "%1"})")
                                 .arg(kBoardroom)
                                 .toUtf8()));
    const qsizetype from = m_fx.server->receivedRequests().size();
    auto app = startSignedInWindow(QStringLiteral("crash"), {draft});
    QVERIFY(app->waitForStarted(10000));
    QVERIFY2(QTest::qWaitFor([&] { return signedInRequests(from) >= 4; }, 30000),
             "the process made no signed-in requests");
    const QString autosave = m_processes.folder(
        QStringLiteral("crash"), QStringLiteral("data/seqring-admin/seqring-admin/autosave.json"));
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(autosave); }, 30000), qPrintable(autosave));
    ::kill(pid_t(app->processId()), SIGKILL);
    QVERIFY(QTest::qWaitFor([&] { return app->state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(app->exitStatus(), QProcess::CrashExit);
}

void TestLeaks::nothingLeaked()
{
    m_processes.restoreOutput();

    // The keychain holds them, the one place allowed.
    TokenStore store(QStringLiteral("seqring-admin"));
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read(OAuthTokens::secretAccount(m_fx.server->oauthClientId()));
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().at(1).toString(), kClientSecret);

    SecretScan scan;
    for (const QString &kind : {QStringLiteral("-access-"), QStringLiteral("-refresh-")})
        scan.addSecret(QStringLiteral("a token prefix") + kind, (kMarker + kind).toUtf8());
    scan.addSecret(QStringLiteral("the client secret"), kClientSecret.toUtf8());
    scan.addSecret(QStringLiteral("the bulk token"), kBulkToken.toUtf8());
    scan.addSecret(QStringLiteral("the marker"), kMarker.toUtf8());
    for (qsizetype i = 0; i < m_secrets.size(); ++i)
        scan.addSecret(QStringLiteral("session secret %1").arg(i), m_secrets.at(i).toUtf8());

    QStringList hits =
        scan.scanTree(m_processes.root(), m_processes.folder(QStringLiteral("fixture"), QString()));
    hits += scan.scanTree(m_fx.dir.path()); // the window's settings file
    for (const QString &text : std::as_const(m_screenTexts))
        hits += scan.scanText(QStringLiteral("Show details"), text.toUtf8());
    const QStringList searched = scan.searched();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    // The search met what the session wrote: logs at debug, settings, HAR, journal, report,
    // the autosave the killed window left.
    const auto has = [&searched](const QString &end) {
        return std::any_of(searched.begin(), searched.end(),
                           [&end](const QString &path) { return path.endsWith(end); });
    };
    for (const QString &end :
         {QStringLiteral("driver.stderr"), QStringLiteral("apply.stderr"),
          QStringLiteral("har.stderr"), QStringLiteral("crash.stderr"),
          QStringLiteral("settings.ini"),
          QStringLiteral("har/config/seqring-admin/seqring-admin.conf"),
          QStringLiteral("support.har"), QStringLiteral("cli.har"), QStringLiteral("run.journal"),
          QStringLiteral("report.csv"),
          QStringLiteral("crash/data/seqring-admin/seqring-admin/autosave.json")})
        QVERIFY2(has(end), qPrintable(end));
    QFile log(m_processes.output(QStringLiteral("driver"), "stderr"));
    QVERIFY(log.open(QIODevice::ReadOnly) && log.readAll().contains("seqring.http: PUT"));
}

void TestLeaks::cleanup()
{
    // A failure's message went to this process's file: show it where the runner looks.
    if (QTest::currentTestFailed())
        m_processes.showTail(QStringLiteral("driver"), 4000);
}

void TestLeaks::cleanupTestCase()
{
    m_processes.restoreOutput();
    m_dialogs.reset();
    m_fx.stop();
}

QTEST_MAIN(TestLeaks)
#include "tst_leaks.moc"
