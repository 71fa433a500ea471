// The real app ends on SIGTERM, SIGINT and SIGHUP as a quit does: exit code 0 and its
// settings written (the window's geometry is saved only by a close).
#include "tests/common/appenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

namespace
{

// Whether process `pid` catches `signalNumber` (SigCgt in /proc/<pid>/status).
bool catches(qint64 pid, int signalNumber)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask >> (signalNumber - 1)) & 1U;
        }
    }
    return false;
}

} // namespace

// Tests the self-pipe signal handling of app/program/main.cpp with real signals.
class TestSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsAsAQuitDoes_data();
    void endsAsAQuitDoes();
};

void TestSignals::endsAsAQuitDoes_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestSignals::endsAsAQuitDoes()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QProcess app;
    app.setProcessEnvironment(seqring::test::appEnvironment(dir));
    app.start(QStringLiteral(SEQRING_ADMIN_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(app.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return catches(app.processId(), signalNumber); }, 30000),
             "the app never installed its handler");
    ::kill(pid_t(app.processId()), signalNumber);
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    QFile settings(dir.filePath(QStringLiteral("config/seqring-admin/seqring-admin.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray written = settings.readAll();
    QVERIFY2(written.contains("geometry="), written.constData());
}

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
