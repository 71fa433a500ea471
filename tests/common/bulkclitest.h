#pragma once

// The base of the `seqring-admin apply` tests: a real seqring-sandbox process with
// generated workspaces and its state file in a fresh folder, the apply command run as a
// real process, and what the sandbox stored and counted read back.
#include "app/files/csvtable.h"
#include "tests/common/bulkdata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

namespace seqring::test
{

inline const QString kBulkToken = QStringLiteral("sandbox-demo-admin-token");
inline const QByteArray kAnyNumberDraft =
    R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})";

// One finished `apply` run.
struct ApplyRun {
    int exitCode = -1;
    QString stderrText;
    qint64 peakResidentKiB = 0; // the process's VmHWM, last sampled while it ran (Linux)
};

// A field of /proc/<pid>/status in KiB (VmHWM: the peak resident size), 0 if unknown.
inline qint64 processStatusKiB(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.mid(field.size()).startsWith(':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Runs seqring-sandbox and `seqring-admin apply` (SEQRING_SANDBOX_EXE, SEQRING_ADMIN_EXE).
class BulkCliTest : public QObject
{
protected:
    // For init: a fresh folder with the any-number draft; for cleanup: the sandbox ends.
    void setUp();
    void tearDown();

    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Starts seqring-sandbox on state.json with `generate` workspaces and `args`.
    bool startSandbox(const QStringList &args, int generate = 200);
    // apply --draft --workspaces --base-url --journal (TARGETS.journal).
    QStringList applyArgs(const QString &draft, const QString &targets) const;
    ApplyRun apply(const QStringList &args);
    // A sandbox with 30 workspaces and `faults`, then apply with --on-duplicate create to
    // its Professional workspaces (returned in ids).
    ApplyRun createOnFaults(const QStringList &faults, QStringList *ids);
    // Starts apply with `args` and kills it (SIGKILL) once its journal has `sends` creates
    // recorded as sent; false when it could not be started or had ended by then.
    bool killMidRun(const QStringList &args, const QString &journal, int sends);
    QJsonObject state() const;
    QJsonObject stats();
    // The generated workspaces with the Professional license (nine in ten).
    QStringList professionalIds() const;
    // Whether each of `ids` has exactly `expected` criteria now (warns about the first that
    // has not).
    bool eachHas(const QStringList &ids, int expected) const;
    void writeFile(const QString &name, const QByteArray &data) const;
    QList<QStringList> reportRows(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_apiRoot;
};

inline void BulkCliTest::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeFile(QStringLiteral("any.json"), kAnyNumberDraft);
}

inline void BulkCliTest::tearDown()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished(5000);
    }
    m_sandbox.reset();
}

inline void BulkCliTest::writeFile(const QString &name, const QByteArray &data) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

inline bool BulkCliTest::startSandbox(const QStringList &args, int generate)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProgram(QStringLiteral(SEQRING_SANDBOX_EXE));
    QStringList all{QStringLiteral("--state"), path(QStringLiteral("state.json"))};
    if (generate > 0)
        all << QStringLiteral("--generate-workspaces") << QString::number(generate);
    m_sandbox->setArguments(all + args);
    m_sandbox->start();
    if (!m_sandbox->waitForStarted(5000))
        return false;
    QByteArray output;
    QSignalSpy spy(m_sandbox.get(), &QProcess::readyReadStandardOutput);
    while (!output.contains('\n') && (spy.count() > 0 || spy.wait(5000))) {
        spy.clear();
        output += m_sandbox->readAllStandardOutput();
    }
    static const QRegularExpression listening(
        QStringLiteral("Sandbox API listening on (http://127\\.0\\.0\\.1:[0-9]+/v1)"));
    const auto match = listening.match(QString::fromUtf8(output));
    m_apiRoot = match.captured(1);
    return match.hasMatch();
}

inline QStringList BulkCliTest::applyArgs(const QString &draft, const QString &targets) const
{
    return {QStringLiteral("apply"),
            QStringLiteral("--draft"),
            draft,
            QStringLiteral("--workspaces"),
            path(targets),
            QStringLiteral("--base-url"),
            m_apiRoot,
            QStringLiteral("--journal"),
            path(targets + QStringLiteral(".journal"))};
}

inline ApplyRun BulkCliTest::apply(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kBulkToken);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEQRING_ADMIN_EXE), args);
    ApplyRun run;
    if (!process.waitForStarted(5000))
        return run;
    const qint64 pid = process.processId();
    QElapsedTimer clock;
    clock.start();
    // The kernel's high-water mark only grows: the last sample is the peak up to then.
    while (!process.waitForFinished(10)) {
        run.peakResidentKiB =
            std::max(run.peakResidentKiB, processStatusKiB(pid, QByteArrayLiteral("VmHWM")));
        if (clock.elapsed() > 60000)
            return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline bool BulkCliTest::killMidRun(const QStringList &args, const QString &journal, int sends)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kBulkToken);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEQRING_ADMIN_EXE), args);
    if (!process.waitForStarted(5000))
        return false;
    auto sent = [&journal] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("\"event\":\"sending\""))
                                              : 0;
    };
    if (!QTest::qWaitFor([&] { return sent() >= sends; }, 20000))
        return false;
    process.kill(); // SIGKILL
    return process.waitForFinished(5000) && process.exitStatus() == QProcess::CrashExit;
}

inline QJsonObject BulkCliTest::state() const
{
    QFile file(path(QStringLiteral("state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject BulkCliTest::stats()
{
    QNetworkAccessManager manager;
    QUrl url(m_apiRoot);
    url.setPath(QStringLiteral("/sandbox/stats"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

inline QStringList BulkCliTest::professionalIds() const
{
    return generatedWorkspaceIds(state());
}

inline bool BulkCliTest::eachHas(const QStringList &ids, int expected) const
{
    const QJsonObject doc = state();
    for (const QString &id : ids) {
        const int count = criteriaCount(doc, id);
        if (count != expected) {
            qWarning("workspace %s has %d criteria, expected %d", qPrintable(id), count, expected);
            return false;
        }
    }
    return true;
}

inline QList<QStringList> BulkCliTest::reportRows(const QString &name) const
{
    QFile file(path(name));
    QList<QStringList> rows;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !seqring::CsvTable::parse(file.readAll(), &rows, &error))
        qWarning("the report %s cannot be read: %s", qPrintable(name), qPrintable(error));
    return rows;
}

inline ApplyRun BulkCliTest::createOnFaults(const QStringList &faults, QStringList *ids)
{
    // --allow-duplicates and --on-duplicate create: nothing but the run's own checks stands
    // between a fault and a second criteria.
    if (!startSandbox(faults + QStringList{QStringLiteral("--allow-duplicates")}, 30))
        return {};
    *ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids->join(QLatin1Char('\n')).toUtf8());
    return apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
                 QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("create")});
}

} // namespace seqring::test
