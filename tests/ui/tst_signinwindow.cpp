// Sign in with Webex through the real window against the sandbox: File > Sign in with
// Webex…, the dialog's scopes and link, the browser played by the test, the target panel's
// sentence; then a refused refresh signs out with a message and keeps the form; nothing
// secret in the log or the settings file.
#include "tests/common/consentbrowser.h"
#include "tests/common/logcapture.h"
#include "tests/common/signinlink.h"
#include "tests/common/windowtest.h"
#include "ui/signin/signinactions.h"
#include "ui/signin/signindialog.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

class TestSignInWindow : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInThenRefusedRefreshKeepsForm();
};

void TestSignInWindow::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
    qunsetenv("WEBEX_CLIENT_ID");
    qunsetenv("WEBEX_CLIENT_SECRET");
}

void TestSignInWindow::signInThenRefusedRefreshKeepsForm()
{
    LogCapture capture(QStringLiteral("seqring.*=true\nqt.networkauth.*=true"));
    QVERIFY(startWindow());
    m_fx.settings->setRedirectUri(QStringLiteral("http://127.0.0.1:0/redirect"));
    fillSeedByInput();
    const Criteria typed = model()->criteria();

    QUrl opened;
    SignInActions *commands = captureSignInLink(m_window, &opened);
    QVERIFY(commands);
    QVERIFY(!commands->signOutAction()->isEnabled());
    commands->signInAction()->trigger();
    auto *dialog = m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->text(),
             m_fx.server->oauthClientId());
    auto *scopes = dialog->findChild<QTreeWidget *>(QStringLiteral("scopeList"));
    QCOMPARE(scopes->topLevelItemCount(), SignInController::scopes().size());
    QVERIFY(!scopes->topLevelItem(0)->text(1).isEmpty()); // each scope says why

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startSignInButton")),
                      Qt::LeftButton);
    QVERIFY(opened.isValid());
    auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("signInLink"));
    QCOMPARE(QUrl(link->text()), opened);
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("cancelSignInButton"))->isVisible());
    m_fx.server->registerRedirectUri(m_fx.signIn->flow()->redirectUri());

    testsupport::ConsentBrowser browser;
    const QUrl target = browser.consent(opened, QStringLiteral("allow"));
    const QString code = QUrlQuery(target).queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(browser.get(target).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->status().startsWith(QLatin1String("Signed in as")), 10000);
    QCOMPARE(m_fx.target->tokenSource(), TokenProvider::Source::SignedIn);
    auto *state = m_window->findChild<QLabel *>(QStringLiteral("tokenStateLabel"));
    QVERIFY(state);
    QTRY_VERIFY(state->text().startsWith(QLatin1String("Signed in as")));
    QVERIFY(commands->signOutAction()->isEnabled());
    const OAuthTokens tokens = m_fx.tokens->signedInTokens();
    dialog->close();

    // A create, then the service takes neither the token nor its refresh token any more.
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *success = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(success);
    success->close();
    m_fx.server->expireAccessTokens();
    m_fx.server->revokeRefreshTokens();
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QMessageBox *box = waitForBox("problemBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Sign in again")), qPrintable(box->text()));
    box->close();
    QCOMPARE(m_fx.target->tokenSource(), TokenProvider::Source::None);
    QVERIFY(!commands->signOutAction()->isEnabled());
    QCOMPARE(model()->criteria(), typed); // nothing typed is lost
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);

    // Signed out, the token dialog offers to sign in again.
    QTest::mouseClick(find<QPushButton>("setTokenButton"), Qt::LeftButton);
    QDialog *tokenDialog = nullptr;
    QTRY_VERIFY((tokenDialog = m_window->findChild<QDialog *>(QStringLiteral("tokenDialog"))) &&
                tokenDialog->isVisible());
    QTest::mouseClick(
        tokenDialog->findChild<QPushButton *>(QStringLiteral("tokenDialogSignInButton")),
        Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog")) &&
                m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog"))->isVisible());
    m_window->findChild<SignInDialog *>(QStringLiteral("signInDialog"))->close();

    m_window->close(); // writes the settings
    m_fx.settings->sync();
    const QString log = capture.stop();
    QVERIFY2(log.contains(QLatin1String("access_token")), qPrintable(log)); // it did log
    QFile settings(m_fx.settings->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(settings.readAll());
    for (const QString &secret :
         {tokens.accessToken, tokens.refreshToken, code, m_fx.server->oauthClientSecret()}) {
        QVERIFY2(!log.contains(secret), qPrintable(secret));
        QVERIFY(!written.contains(secret));
    }
    stopWindow();
}

QTEST_MAIN(TestSignInWindow)
#include "tst_signinwindow.moc"
