// Editing an existing criteria in the window, end to end against the in-process sandbox:
// load, change, save (the PUT is the preview's bytes), the check for changes made on the
// service in the meantime and its dialog's three choices, and deleted in between.
#include "tests/common/previewtext.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowtest.h"
#include "ui/criteriaconflictdialog.h"
#include "ui/criteriadetailview.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStatusBar>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestEditCriteria : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void editEndToEnd();
    void unchangedIsDisabled();
    void numbersInAnotherShapeAreNoChange();
    void changedOnTheService_data();
    void changedOnTheService();
    void deletedInBetweenCreatesAgain();
    void notFoundOnThePutOffersCreateAgain();
    void cancelEditingGoesBack();
    void turningTheScheduleOffIsRefused();

private:
    QJsonObject stored() const;
    CriteriaConflictDialog *waitForConflict();
    QPushButton *saveButton() const { return sendBar()->createButton(); }
};

QJsonObject TestEditCriteria::stored() const
{
    const QJsonArray all = m_fx.server->data()
                               .value(QLatin1String("criteria"))
                               .toObject()
                               .value(londonReception())
                               .toArray();
    return all.isEmpty() ? QJsonObject() : all.first().toObject();
}

CriteriaConflictDialog *TestEditCriteria::waitForConflict()
{
    return waitForShown<CriteriaConflictDialog>("criteriaConflictDialog");
}

void TestEditCriteria::editEndToEnd()
{
    startEditingSeeded();
    auto *banner = find<QLabel>("editBannerLabel");
    QCOMPARE(banner->text(), QStringLiteral("Editing criteria “London Business Hours”"));
    QVERIFY(m_window->windowTitle().startsWith(
        QStringLiteral("Editing criteria “London Business Hours”")));
    QCOMPARE(saveButton()->text(), QStringLiteral("Save &changes"));
    QCOMPARE(previewMethod(preview()), QStringLiteral("PUT"));
    QVERIFY(previewUrl(preview()).contains(QLatin1String("/sequentialRing/criteria/") +
                                           seededCriteria()));

    auto *name = find<QComboBox>("scheduleNameCombo");
    name->lineEdit()->selectAll();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Business Vacation"));
    auto *type = find<QComboBox>("scheduleTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Holidays")));
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    const QString changes = find<QLabel>("previewChangesLabel")->text();
    QVERIFY2(changes.contains(QStringLiteral("ringEnabled: true → false")), qPrintable(changes));
    QVERIFY2(changes.contains(QStringLiteral("scheduleName: London Business Hours → Business "
                                             "Vacation")),
             qPrintable(changes));
    QTRY_VERIFY(saveButton()->isEnabled());
    const QByteArray shown = preview()->request().body;
    QCOMPARE(previewBody(preview()).toUtf8(), shown);

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QTRY_COMPARE(puts().size(), 1);
    QCOMPARE(puts().first().body, shown);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("were saved")));
    QCOMPARE(stored().value(QLatin1String("ringEnabled")).toBool(), false);
    QCOMPARE(stored().value(QLatin1String("scheduleName")).toString(),
             QStringLiteral("Business Vacation"));
    // The list shows the change and marks the row; the form stays in edit mode, saved.
    QTRY_COMPARE(panel()->highlightedRow(), 0);
    QTreeWidgetItem *row = panel()->list()->topLevelItem(0);
    QCOMPARE(row->text(ExistingCriteriaPanel::RingColumn), QStringLiteral("Does not ring"));
    QCOMPARE(row->text(ExistingCriteriaPanel::ScheduleColumn),
             QStringLiteral("Business Vacation (changed)")); // changed, not new
    QVERIFY(find<QWidget>("editModeBar")->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Editing criteria “Business Vacation”"));
    QTRY_VERIFY(!saveButton()->isEnabled());
}

void TestEditCriteria::unchangedIsDisabled()
{
    startEditingSeeded();
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(saveButton()->toolTip().contains(QLatin1String("Nothing has changed")));
    QCOMPARE(find<QLabel>("previewChangesLabel")->text(),
             QStringLiteral("No changes against the loaded criteria."));
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    QVERIFY(saveButton()->isEnabled());
    clickToggle(find<QCheckBox>("ringEnabledCheck")); // back as loaded
    QVERIFY(!saveButton()->isEnabled());
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(puts().isEmpty());
}

void TestEditCriteria::numbersInAnotherShapeAreNoChange()
{
    QVERIFY(m_fx.server->changeCriteria(
        londonReception(), seededCriteria(),
        {{QLatin1String("callsFrom"), QStringLiteral("SELECT_PHONE_NUMBERS")},
         {QLatin1String("phoneNumbers"), QJsonArray{QStringLiteral("+44-20-7183-8750")}}}));
    startEditingSeeded();
    QCOMPARE(model()->criteria().phoneNumbers, QStringList{QStringLiteral("+442071838750")});
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(find<QLabel>("previewChangesLabel")->text().startsWith(QLatin1String("No changes")));
    auto *number = find<QLineEdit>("addNumberEdit");
    QTest::keyClicks(number, QStringLiteral("+44 20 7183 9751"));
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(find<QLabel>("previewChangesLabel")
                ->text()
                .contains(QStringLiteral("phoneNumbers: +442071839751 added")));
    QVERIFY(saveButton()->isEnabled());
}

void TestEditCriteria::changedOnTheService_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("Overwrite") << QStringLiteral("overwriteButton");
    QTest::newRow("Load theirs") << QStringLiteral("loadTheirsButton");
    QTest::newRow("Cancel") << QStringLiteral("conflictCancelButton");
}

void TestEditCriteria::changedOnTheService()
{
    QFETCH(QString, button);
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck")); // mine: does not ring
    // Someone else moves it to another schedule meanwhile.
    QVERIFY(m_fx.server->changeCriteria(
        londonReception(), seededCriteria(),
        {{QLatin1String("scheduleName"), QStringLiteral("Business Vacation")},
         {QLatin1String("scheduleType"), QStringLiteral("holidays")}}));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    CriteriaConflictDialog *dialog = waitForConflict();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("The criteria changed on the service"));
    QVERIFY(dialog->mineText().contains(QLatin1String("London Business Hours")));
    QVERIFY(dialog->theirsText().contains(QLatin1String("Business Vacation")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createAgainButton")));
    QVERIFY(puts().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);

    if (button == QLatin1String("overwriteButton")) {
        QTRY_COMPARE(puts().size(), 1);
        QTRY_COMPARE(stored().value(QLatin1String("ringEnabled")).toBool(), false);
        QCOMPARE(stored().value(QLatin1String("scheduleName")).toString(),
                 QStringLiteral("London Business Hours"));
    } else if (button == QLatin1String("loadTheirsButton")) {
        QCOMPARE(model()->scheduleName(), QStringLiteral("Business Vacation"));
        QCOMPARE(model()->ringEnabled(), true);
        QCOMPARE(find<QLabel>("editBannerLabel")->text(),
                 QStringLiteral("Editing criteria “Business Vacation”"));
        QVERIFY(!saveButton()->isEnabled()); // as on the service now
        QTest::qWait(100);
        QVERIFY(puts().isEmpty());
    } else {
        QTest::qWait(100);
        QVERIFY(puts().isEmpty());
        QCOMPARE(model()->ringEnabled(), false); // the form as it was
        QCOMPARE(stored().value(QLatin1String("scheduleName")).toString(),
                 QStringLiteral("Business Vacation"));
        QVERIFY(saveButton()->isEnabled());
    }
}

void TestEditCriteria::deletedInBetweenCreatesAgain()
{
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    QVERIFY(m_fx.server->removeCriteria(londonReception(), seededCriteria()));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    CriteriaConflictDialog *dialog = waitForConflict();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("overwriteButton")));
    QVERIFY(dialog->theirsText().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createAgainButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(posts().size(), 1);
    QTRY_VERIFY(!stored().isEmpty());
    QCOMPARE(stored().value(QLatin1String("ringEnabled")).toBool(), false);
    const QString newId = stored().value(QLatin1String("id")).toString();
    QVERIFY(newId != seededCriteria());
    QTRY_VERIFY(previewUrl(preview()).endsWith(newId) ||
                previewUrl(preview()).contains(newId + QLatin1Char('?')));
    QVERIFY(find<QWidget>("editModeBar")->isVisible());
}

void TestEditCriteria::notFoundOnThePutOffersCreateAgain()
{
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    // Deleted after the check read it, before the PUT arrives.
    connect(m_fx.server.get(), &sandbox::SandboxServer::requestReceived, this,
            [this](const sandbox::RecordedRequest &request) {
                if (request.method == "PUT")
                    m_fx.server->removeCriteria(londonReception(), seededCriteria());
            });
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QDialog *error = waitForDialog();
    QVERIFY(error);
    auto *again = error->findChild<QPushButton *>(QStringLiteral("createAgainButton"));
    QVERIFY(again);
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE(posts().size(), 1);
    QTRY_VERIFY(!stored().isEmpty());
}

void TestEditCriteria::cancelEditingGoesBack()
{
    startEditingSeeded();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!find<QWidget>("editModeBar")->isVisible());
    QCOMPARE(saveButton()->text(), QStringLiteral("&Create criteria"));
    QCOMPARE(previewMethod(preview()), QStringLiteral("POST"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Sequential ring criteria — seqring-admin"));
    QTest::qWait(100);
    QVERIFY(puts().isEmpty());
}

// A PUT without the schedule keys would leave the schedule on the service as it is, so the
// form cannot show "all hours" and send something else: Save changes says why it is off.
void TestEditCriteria::turningTheScheduleOffIsRefused()
{
    startEditingSeeded();
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
    QVERIFY(!model()->hasSchedule());
    QVERIFY(find<QLabel>("previewChangesLabel")
                ->text()
                .contains(QStringLiteral("scheduleName: London Business Hours → (none)")));
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY2(saveButton()->toolTip().contains(QLatin1String("keeps a criteria's schedule")),
             qPrintable(saveButton()->toolTip()));
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier);
    // The unsaved-changes guard's Save goes the same way: refused, said, nothing sent.
    m_window->close();
    QMessageBox *box = waitForBox("unsavedChangesBox");
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
    QMessageBox *problem = waitForBox("problemBox");
    QVERIFY(problem);
    QVERIFY(problem->text().contains(QLatin1String("create a new criteria without a schedule")));
    QVERIFY(m_window->isVisible());
    QTest::qWait(100);
    QVERIFY(puts().isEmpty());
    QCOMPARE(stored().value(QLatin1String("scheduleName")).toString(),
             QStringLiteral("London Business Hours"));
    problem->accept();
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck")); // back on: nothing to refuse
    QVERIFY(saveButton()->toolTip().contains(QLatin1String("Nothing has changed")));
}

QTEST_MAIN(TestEditCriteria)
#include "tst_editcriteria.moc"
