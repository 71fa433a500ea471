// The autosave in the window, end to end against the in-process sandbox: written about a
// second after the last edit, put back after a start that followed a crash (create mode,
// edit mode with its check against the service, the ring settings editor open), removed by
// a clean quit, kept by an unconfirmed end, and unreadable files set aside with a message.
// A window destroyed without closing it stands for a crash.
#include "app/files/autosavefile.h"
#include "app/workspace/autosavecontroller.h"
#include "models/sequentialringsettingsmodel.h"
#include "tests/common/filebytes.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowtest.h"
#include "ui/criteriaconflictdialog.h"
#include "ui/ringsettingsdialog.h"
#include "ui/snapshotundo.h"
#include "ui/translations.h"

#include <QDir>
#include <QUndoStack>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestAutosave : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    // English plural forms ("5 minutes ago") come from the English catalogue.
    void initTestCase() { Translations::install(QStringLiteral("en")); }
    void init();
    void cleanup() { stopWindow(); }
    void writtenASecondAfterTheLastEdit();
    void createModeRestored();
    void editModeRestoredIsChecked_data();
    void editModeRestoredIsChecked();
    void ringSettingsEditorRestored();
    void cleanQuitRemovesIt();
    void unconfirmedEndKeepsIt();
    void discardRemovesIt();
    void unansweredOfferSurvivesAQuit();
    void unreadableIsSetAside_data();
    void unreadableIsSetAside();

private:
    bool restart();
    AutosaveController *controller() const
    {
        return m_fx.find<AutosaveController>(QStringLiteral("autosaveController"));
    }
    std::optional<AutosaveState> onDisk() const { return AutosaveFile::read(m_path).value; }
    QPushButton *waitForOffer();
    void typeScheduleName(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("data/autosave.json"));
    m_fx.autosavePath = m_path;
    QVERIFY(startWindow());
}

// The window again, as the next start after a crash: nothing was closed.
bool TestAutosave::restart()
{
    stopWindow();
    return startWindow();
}

QPushButton *TestAutosave::waitForOffer()
{
    if (!waitForShown<QWidget>("autosaveOffer"))
        return nullptr;
    return find<QPushButton>("restoreAutosaveButton");
}

void TestAutosave::typeScheduleName(const QString &name)
{
    auto *check = find<QCheckBox>("onlyDuringScheduleCheck");
    if (!check->isChecked())
        clickToggle(check);
    QTest::keyClicks(find<QComboBox>("scheduleNameCombo")->lineEdit(), name);
}

void TestAutosave::writtenASecondAfterTheLastEdit()
{
    QSignalSpy written(controller(), &AutosaveController::written);
    typeScheduleName(QStringLiteral("Holidays"));
    // Each keystroke restarted the timer: nothing is on disk until it runs out.
    QVERIFY(controller()->timer()->isActive());
    QCOMPARE(controller()->timer()->interval(), AutosaveController::kDelayMs);
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(written.wait(5000));
    QCOMPARE(written.count(), 1); // one write for the whole word
    QCOMPARE(onDisk()->form.criteria.schedule->name, QStringLiteral("Holidays"));

    QTest::keyClicks(find<QComboBox>("scheduleNameCombo")->lineEdit(), QStringLiteral(" UK"));
    QVERIFY(controller()->timer()->isActive());
    QCOMPARE(onDisk()->form.criteria.schedule->name, QStringLiteral("Holidays"));
    QVERIFY(written.wait(5000));
    QCOMPARE(written.count(), 2);
    QCOMPARE(onDisk()->form.criteria.schedule->name, QStringLiteral("Holidays UK"));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("data"))).entryList(QDir::Files) ==
            QStringList{QStringLiteral("autosave.json")});
}

void TestAutosave::createModeRestored()
{
    fillSeedByInput();
    auto *number = find<QLineEdit>("addNumberEdit");
    QTest::keyClicks(number, QStringLiteral("020 7183 87")); // not valid: kept as typed
    QTest::keyClick(number, Qt::Key_Return);
    const Criteria typed = model()->typedCriteria();
    QTRY_VERIFY(onDisk() && onDisk()->form.criteria == typed);
    QVERIFY(restart());
    QCOMPARE(model()->scheduleName(), QString()); // nothing is put back unasked
    QPushButton *restore = waitForOffer();
    QVERIFY(restore);
    const QString offer = find<QLabel>("autosaveOfferLabel")->text();
    QVERIFY2(offer.contains(QLatin1String("just now")), qPrintable(offer));
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(!find<QWidget>("autosaveOffer")->isVisible());
    QCOMPARE(model()->typedCriteria(), typed);
    QVERIFY(model()->hasSchedule());
    QCOMPARE(m_fx.target->workspaceId(), kBoardroom);
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);
    QCOMPARE(find<QComboBox>("scheduleNameCombo")->currentText(),
             QStringLiteral("Business Vacation"));
    // The undo stack starts with no step, yet the restored work counts as unsaved.
    QUndoStack *undo = m_fx.find<SnapshotUndo>(QStringLiteral("criteriaUndo"))->stack();
    QVERIFY(!undo->canUndo());
    QVERIFY(!undo->isClean());
}

void TestAutosave::editModeRestoredIsChecked_data()
{
    QTest::addColumn<bool>("changedOnTheService");
    QTest::newRow("unchanged on the service: saved") << false;
    QTest::newRow("changed on the service: conflict") << true;
}

void TestAutosave::editModeRestoredIsChecked()
{
    QFETCH(bool, changedOnTheService);
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck")); // mine: does not ring
    QTRY_VERIFY(onDisk() && onDisk()->isEditing() && !onDisk()->form.criteria.ringEnabled);
    QCOMPARE(onDisk()->criteriaId, seededCriteria());
    QCOMPARE(onDisk()->loaded.ringEnabled, true);

    QVERIFY(restart());
    QPushButton *restore = waitForOffer();
    QVERIFY(restore);
    QVERIFY(find<QLabel>("autosaveOfferLabel")->text().contains(QLatin1String("Changes to")));
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(find<QWidget>("editModeBar")->isVisible());
    QCOMPARE(find<QLabel>("editBannerLabel")->text(),
             QStringLiteral("Editing criteria “London Business Hours”"));
    QVERIFY(!find<QCheckBox>("ringEnabledCheck")->isChecked());
    QVERIFY(settle());
    QVERIFY(find<QLabel>("previewChangesLabel")
                ->text()
                .contains(QStringLiteral("ringEnabled: true → false")));
    if (changedOnTheService)
        QVERIFY(m_fx.server->changeCriteria(
            londonReception(), seededCriteria(),
            {{QLatin1String("scheduleName"), QStringLiteral("Business Vacation")},
             {QLatin1String("scheduleType"), QStringLiteral("holidays")}}));
    QPushButton *save = sendBar()->createButton();
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    if (changedOnTheService) {
        QVERIFY(waitForShown<CriteriaConflictDialog>("criteriaConflictDialog"));
        QVERIFY(puts().isEmpty());
    } else {
        QTRY_COMPARE(puts().size(), 1);
        QVERIFY(puts().first().path.endsWith(seededCriteria()));
        QVERIFY(puts().first().body.contains("\"ringEnabled\": false"));
    }
}

void TestAutosave::ringSettingsEditorRestored()
{
    typeWorkspaceId(londonBoardroom()); // sequential ring off, no number
    QVERIFY(settle());
    QTRY_VERIFY(find<QWidget>("turnOnButton")->isVisible());
    QTest::mouseClick(find<QPushButton>("turnOnButton"), Qt::LeftButton);
    auto *dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    clickToggle(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck")));
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit2"));
    QTest::keyClicks(number, QStringLiteral("+44 20 7183 8750"));
    QTRY_VERIFY(onDisk() && onDisk()->ring &&
                onDisk()->ring->numbers.at(1).phoneNumber == QStringLiteral("+44 20 7183 8750"));

    QVERIFY(restart());
    QPushButton *restore = waitForOffer();
    QVERIFY(restore);
    QTest::mouseClick(restore, Qt::LeftButton);
    dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    QVERIFY(dialog->model()->enabled());
    QCOMPARE(dialog->model()->number(1), QStringLiteral("+44 20 7183 8750"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit2"))->text(),
             QStringLiteral("+44 20 7183 8750"));
    QVERIFY(!dialog->undo()->stack()->canUndo());
    QVERIFY(dialog->request().body.contains("+442071838750"));
}

void TestAutosave::cleanQuitRemovesIt()
{
    typeScheduleName(QStringLiteral("Quit"));
    QTRY_VERIFY(QFile::exists(m_path));
    m_window->close(); // the unsaved-changes guard asks first
    QMessageBox *box = waitForBox("unsavedChangesBox");
    QVERIFY(box);
    QVERIFY(QFile::exists(m_path));
    QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!QFile::exists(m_path));
}

void TestAutosave::unconfirmedEndKeepsIt()
{
    typeScheduleName(QStringLiteral("Logout"));
    QVERIFY(controller()->timer()->isActive());
    m_window->closeUnconfirmed(); // as on SIGTERM: no question, and the last edit is written
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")));
    QVERIFY(onDisk());
    QCOMPARE(onDisk()->form.criteria.schedule->name, QStringLiteral("Logout"));
}

void TestAutosave::discardRemovesIt()
{
    AutosaveState state;
    state.savedAt = QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 10);
    state.environment = QStringLiteral("sandbox");
    state.form.criteria.schedule = Schedule{QStringLiteral("Old"), {}, ScheduleLevel::Group};
    state.hasSchedule = true;
    QCOMPARE(AutosaveFile::write(m_path, state), QString());
    QVERIFY(restart());
    QVERIFY(waitForOffer());
    const QString offer = find<QLabel>("autosaveOfferLabel")->text();
    QVERIFY2(offer.contains(QLatin1String("5 minutes ago")), qPrintable(offer));
    QTest::mouseClick(find<QPushButton>("discardAutosaveButton"), Qt::LeftButton);
    QVERIFY(!find<QWidget>("autosaveOffer")->isVisible());
    QVERIFY(!QFile::exists(m_path));
    QCOMPARE(model()->scheduleName(), QString());
}

void TestAutosave::unansweredOfferSurvivesAQuit()
{
    typeScheduleName(QStringLiteral("Kept"));
    QTRY_VERIFY(QFile::exists(m_path));
    QVERIFY(restart());
    QVERIFY(waitForOffer());
    m_window->close(); // the form is clean: no question
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(onDisk());
    QCOMPARE(onDisk()->form.criteria.schedule->name, QStringLiteral("Kept"));
}

void TestAutosave::unreadableIsSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    AutosaveState state;
    state.savedAt = QDateTime::currentDateTimeUtc();
    state.environment = QStringLiteral("sandbox");
    state.hasSchedule = true;
    const QByteArray good = AutosaveFile::toJson(state);
    QTest::newRow("truncated") << good.left(good.size() - 20) << QStringLiteral("cut short");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << QStringLiteral("not valid JSON");
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 7");
    QTest::newRow("newer version") << newer << QStringLiteral("newer version");
}

void TestAutosave::unreadableIsSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    stopWindow();
    QVERIFY(writeBytes(m_path, bytes));
    QVERIFY(startWindow());
    QMessageBox *box = waitForBox("autosaveProblemBox");
    QVERIFY(box);
    const QString text = box->text();
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_path)), qPrintable(text));
    QVERIFY2(text.contains(problem), qPrintable(text));
    QVERIFY(!find<QWidget>("autosaveOffer")->isVisible());
    QVERIFY(!QFile::exists(m_path));
    const QStringList aside = QDir(QFileInfo(m_path).absolutePath())
                                  .entryList({QStringLiteral("autosave-unreadable-*.json")});
    QCOMPARE(aside.size(), 1);
    QVERIFY2(text.contains(aside.first()), qPrintable(text));
    QCOMPARE(readBytes(QFileInfo(m_path).absolutePath() + QLatin1Char('/') + aside.first()), bytes);
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
}

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
