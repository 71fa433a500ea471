// Nothing logs a token: a whole create through the window with every seqring logging
// category on, a token that is easy to spot, and a search of the log and the settings.
#include "tests/common/logcapture.h"
#include "tests/common/windowtest.h"

#include <QFile>

using namespace seqring;
using namespace seqring::test;

namespace
{
const QByteArray kToken = "LEAKCHECK-admin-token-5d1e9c";
} // namespace

class TestNoSecretsInLogs : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void createLogsNoToken();
};

void TestNoSecretsInLogs::createLogsNoToken()
{
    // The sandbox's demo admin token becomes the one to look for.
    QFile demo(QStringLiteral(":/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QByteArray data = demo.readAll().replace("sandbox-demo-admin-token", kToken);

    LogCapture capture(QStringLiteral("seqring.*=true"));
    qRegisterMetaType<ApiResult>();
    qunsetenv("WEBEX_ACCESS_TOKEN");
    QVERIFY(m_fx.start(true, data));
    QCOMPARE(m_fx.target->token(), QString::fromLatin1(kToken));
    m_window = m_fx.window.get();
    m_dialogs =
        std::make_unique<QSignalSpy>(m_fx.find<ResultPresenter>(), &ResultPresenter::dialogShown);
    dialogs()->setDebounceInterval(20);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    fillSeedByInput();
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(dialog);
    dialog->close();
    m_window->close(); // writes the settings
    m_fx.settings->sync();
    const QString log = capture.stop();
    // The categories did log the exchange, so the search below means something.
    QVERIFY2(log.contains(QLatin1String("seqring.http: POST")), qPrintable(log));
    QVERIFY(log.contains(QLatin1String("seqring.ui:")));
    QVERIFY(log.contains(QLatin1String("seqring.sandbox:")));
    QVERIFY2(!log.contains(QString::fromLatin1(kToken)), qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("Bearer")));
    QFile settings(m_fx.settings->fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray written = settings.readAll();
    QVERIFY(written.contains("workspaceId")); // the settings were written
    QVERIFY(!written.contains(kToken));
    stopWindow();
}

QTEST_MAIN(TestNoSecretsInLogs)
#include "tst_nosecretsinlogs.moc"
