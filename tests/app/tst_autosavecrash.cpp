// The autosave across real process ends: a process that typed into the real window and was
// killed with SIGKILL leaves the autosave, and the next start offers Restore with the form
// put back; the real app ended by SIGTERM, SIGINT or SIGHUP keeps its autosave (nothing was
// confirmed) and writes its settings.
#include "app/files/autosavefile.h"
#include "app/files/draftfile.h"
#include "tests/common/appenvironment.h"
#include "tests/common/seedcriteria.h"
#include "tests/common/windowtest.h"

#include <QDir>
#include <QProcess>
#include <csignal>
#include <sys/types.h>

using namespace seqring;
using namespace seqring::test;

namespace
{

// The app's own folders in `dir`: settings, data, home and temporary files.
QProcessEnvironment processEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = appEnvironment(dir);
    for (const char *name : {"home", "tmp"})
        QDir().mkpath(dir.filePath(QLatin1String(name)));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    return env;
}

} // namespace

class TestAutosaveCrash : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { stopWindow(); }
    void survivesKillNine();
    void signalKeepsIt_data();
    void signalKeepsIt();
};

void TestAutosaveCrash::survivesKillNine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/seqring-admin/autosave.json"));
    QProcess typer;
    typer.setProcessEnvironment(processEnvironment(dir));
    typer.start(QStringLiteral(AUTOSAVE_TYPER_EXE), {path, kBoardroom});
    QVERIFY(typer.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(path); }, 30000),
             typer.readAllStandardError().constData());
    QVERIFY(typer.readAllStandardOutput().contains("typed"));
    ::kill(pid_t(typer.processId()), SIGKILL);
    QVERIFY(typer.waitForFinished(10000));
    QCOMPARE(typer.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFile::exists(path));

    // The next start, here: the offer, then the form as it was typed.
    m_fx.autosavePath = path;
    QVERIFY(startWindow());
    QVERIFY(waitForShown<QWidget>("autosaveOffer"));
    QTest::mouseClick(find<QPushButton>("restoreAutosaveButton"), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);
    QVERIFY(find<QCheckBox>("onlyDuringScheduleCheck")->isChecked());
    QCOMPARE(model()->scheduleName(), QStringLiteral("Kill nine"));
    QCOMPARE(model()->callsFrom(), CallsFrom::SelectPhoneNumbers);
    QCOMPARE(model()->phoneNumbers()->typed(), QStringList{QStringLiteral("+44 20 7183 8750")});
    QVERIFY(settle());
    QVERIFY(preview()->request().body.contains("\"+442071838750\""));
}

void TestAutosaveCrash::signalKeepsIt_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("asArgument"); // the draft as the desktop entry passes it (%f)
    QTest::newRow("SIGTERM") << int(SIGTERM) << false;
    QTest::newRow("SIGINT") << int(SIGINT) << false;
    QTest::newRow("SIGHUP") << int(SIGHUP) << false;
    QTest::newRow("SIGTERM, draft as argument") << int(SIGTERM) << true;
}

void TestAutosaveCrash::signalKeepsIt()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, asArgument);
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("draft.json"));
    QCOMPARE(DraftFile::write(draft, {documentedSeed(), kBoardroom, {}}), QString());
    // Where the app keeps it: XDG_DATA_HOME/<organisation>/<application>.
    const QString path =
        dir.filePath(QStringLiteral("data/seqring-admin/seqring-admin/autosave.json"));
    QProcess app;
    app.setProcessEnvironment(processEnvironment(dir));
    app.start(QStringLiteral(SEQRING_ADMIN_EXE),
              asArgument
                  ? QStringList{QStringLiteral("--sandbox"), draft}
                  : QStringList{QStringLiteral("--sandbox"), QStringLiteral("--open"), draft});
    QVERIFY(app.waitForStarted());
    QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(path); }, 30000),
             app.readAllStandardError().constData());
    ::kill(pid_t(app.processId()), signalNumber);
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const Parsed<AutosaveState> kept = AutosaveFile::read(path);
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    QCOMPARE(kept.value->form.workspaceId, kBoardroom);
    QCOMPARE(kept.value->form.criteria, documentedSeed());
    QFile settings(dir.filePath(QStringLiteral("config/seqring-admin/seqring-admin.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(settings.readAll().contains("geometry="));
}

QTEST_MAIN(TestAutosaveCrash)
#include "tst_autosavecrash.moc"
