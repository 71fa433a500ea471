// The unsaved-changes guard on its four paths (quit, another edit, open draft, another
// workspace chosen in the picker or typed in): Save, Discard and Cancel each do what they
// say.
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowtest.h"
#include "ui/draftactions.h"
#include "ui/workspacepickerdialog.h"

#include <QFile>
#include <QFileDialog>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestUnsavedGuard : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void quitAsksCancelThenDiscard();
    void anotherEditSavesFirst();
    void openDraftSavesTheDraftFirst();
    void anotherWorkspaceCancelThenDiscard();
    void typedWorkspaceCancelThenDiscard();
    void typedWorkspaceSavesTheEditFirst();
    void nothingUnsavedAsksNothing();

private:
    QMessageBox *answer(QMessageBox::StandardButton button);
};

QMessageBox *TestUnsavedGuard::answer(QMessageBox::StandardButton button)
{
    QMessageBox *box = nullptr; // the one shown now, not one answered before
    const bool shown = QTest::qWaitFor([&] {
        for (QMessageBox *b :
             m_window->findChildren<QMessageBox *>(QStringLiteral("unsavedChangesBox"))) {
            if (b->isVisible())
                box = b;
        }
        return box != nullptr;
    });
    if (shown)
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    return shown ? box : nullptr;
}

void TestUnsavedGuard::quitAsksCancelThenDiscard()
{
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    m_window->close();
    QVERIFY(answer(QMessageBox::Cancel));
    QVERIFY(m_window->isVisible());
    QVERIFY(!model()->ringEnabled()); // kept
    m_window->close();
    QVERIFY(answer(QMessageBox::Discard));
    QTRY_VERIFY(!m_window->isVisible());
}

void TestUnsavedGuard::anotherEditSavesFirst()
{
    typeWorkspaceId(londonReception());
    QVERIFY(settle());
    editFirstCriteria();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    editFirstCriteria(); // another edit (of the same criteria, read again)
    QVERIFY(answer(QMessageBox::Save));
    QTRY_VERIFY(QTest::qWaitFor([this] {
        for (const auto &request : m_fx.server->receivedRequests()) {
            if (request.method == "PUT")
                return true;
        }
        return false;
    }));
    QTRY_COMPARE(panel()->list()->topLevelItem(0)->text(ExistingCriteriaPanel::RingColumn),
                 QStringLiteral("Does not ring"));
    QVERIFY(!model()->ringEnabled()); // loaded again as saved
    QVERIFY(!sendBar()->createButton()->isEnabled());
}

void TestUnsavedGuard::openDraftSavesTheDraftFirst()
{
    auto *drafts = m_fx.find<DraftActions>(QStringLiteral("draftActions"));
    const QString path = m_fx.dir.filePath(QStringLiteral("draft.json"));
    QVERIFY(drafts->saveDraft(path));
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    drafts->openAction()->trigger();
    QVERIFY(answer(QMessageBox::Save));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"ringEnabled\": false"));
    QFileDialog *chooser = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        chooser = m_window->findChild<QFileDialog *>();
        return chooser && chooser->isVisible();
    }));
    chooser->reject();
}

void TestUnsavedGuard::anotherWorkspaceCancelThenDiscard()
{
    typeWorkspaceId(londonReception());
    QVERIFY(settle());
    const WorkspaceEntry reception = *m_fx.target->workspace();
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    WorkspacePickerDialog *picker = dialogs()->openPicker();
    Q_EMIT picker->workspaceChosen(reception);
    QVERIFY(answer(QMessageBox::Cancel));
    QCOMPARE(m_fx.target->workspaceId(), londonBoardroom());
    picker = dialogs()->openPicker();
    Q_EMIT picker->workspaceChosen(reception);
    QVERIFY(answer(QMessageBox::Discard));
    QTRY_COMPARE(m_fx.target->workspaceId(), londonReception());
}

void TestUnsavedGuard::typedWorkspaceCancelThenDiscard()
{
    typeWorkspaceId(londonBoardroom()); // nothing unsaved: the look-up follows the typing
    QCOMPARE(m_fx.target->workspaceId(), londonBoardroom());
    QVERIFY(settle());
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    auto *field = find<QLineEdit>("workspaceIdEdit");
    field->setFocus();
    typeWorkspaceId(londonReception());
    QCOMPARE(m_fx.target->workspaceId(), londonBoardroom()); // held until Enter
    QVERIFY(find<QLabel>("workspaceInfoLabel")->text().startsWith(QLatin1String("Press Enter")));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(answer(QMessageBox::Cancel));
    QCOMPARE(field->text(), londonBoardroom()); // the old ID is back
    QCOMPARE(m_fx.target->workspaceId(), londonBoardroom());
    QVERIFY(!model()->ringEnabled()); // the form kept
    QTest::qWait(100);                // and no second question (the field lost its focus)
    for (QMessageBox *box :
         m_window->findChildren<QMessageBox *>(QStringLiteral("unsavedChangesBox")))
        QVERIFY(!box->isVisible());

    m_window->activateWindow(); // the question closed: the window has the keyboard again
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    field->setFocus();
    typeWorkspaceId(londonReception());
    find<QCheckBox>("ringEnabledCheck")->setFocus(); // leaving the field asks too
    QVERIFY(answer(QMessageBox::Discard));
    QTRY_COMPARE(m_fx.target->workspaceId(), londonReception());
    QCOMPARE(field->text(), londonReception());
    QVERIFY(settle());
    QCOMPARE(m_fx.target->workspace()->id, londonReception());
}

void TestUnsavedGuard::typedWorkspaceSavesTheEditFirst()
{
    typeWorkspaceId(londonReception());
    QVERIFY(settle());
    editFirstCriteria();
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    auto *field = find<QLineEdit>("workspaceIdEdit");
    field->setFocus();
    typeWorkspaceId(londonBoardroom());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(answer(QMessageBox::Save));
    // The PUT first, then the workspace typed in.
    QTRY_COMPARE(m_fx.target->workspaceId(), londonBoardroom());
    bool put = false;
    for (const auto &request : m_fx.server->receivedRequests())
        put |= request.method == "PUT";
    QVERIFY(put);
    QCOMPARE(field->text(), londonBoardroom());
    QVERIFY(!find<QWidget>("editModeBar")->isVisible()); // the edit belonged to Reception
}

void TestUnsavedGuard::nothingUnsavedAsksNothing()
{
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    clickToggle(find<QCheckBox>("ringEnabledCheck")); // undone by hand: still a change
    QTest::keyClick(find<QCheckBox>("ringEnabledCheck"), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(find<QCheckBox>("ringEnabledCheck"), Qt::Key_Z, Qt::ControlModifier);
    m_window->close(); // back at the clean state: closes at once
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("unsavedChangesBox")));
}

QTEST_MAIN(TestUnsavedGuard)
#include "tst_unsavedguard.moc"
