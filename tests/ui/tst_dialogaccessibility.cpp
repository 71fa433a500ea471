// Accessibility of what editing brings, in English, German, French and Japanese: the window
// in edit mode (the edit bar, Save changes), the Sequential ring settings editor, both
// forms of the conflict dialog, and the When it rings week with the Test a call dialog. Every
// control has a name, and each Alt+letter reaches one place in its window.
#include "tests/common/accessibilitycheck.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/seedcriteria.h"
#include "tests/common/windowtest.h"
#include "ui/callactions.h"
#include "ui/calltestdialog.h"
#include "ui/criteriaconflictdialog.h"
#include "ui/ringsettingsdialog.h"
#include "ui/translations.h"
#include "ui/weekpanel.h"

#include <QScopeGuard>
#include <QTabWidget>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestDialogAccessibility : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup()
    {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        stopWindow();
    }
    void editMode_data() { languages(); }
    void editMode();
    void ringSettingsEditor_data() { languages(); }
    void ringSettingsEditor();
    void conflictDialog_data();
    void conflictDialog();
    void whenItRingsAndTestACall_data() { languages(); }
    void whenItRingsAndTestACall();

private:
    static void languages();
    // Switches the running app to `lang`, as View > Language does.
    static void speak(const QString &lang);
    static void check(QWidget *window);
};

void TestDialogAccessibility::languages()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "de", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestDialogAccessibility::speak(const QString &lang)
{
    QCOMPARE(Translations::install(lang), lang);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void TestDialogAccessibility::check(QWidget *window)
{
    const QStringList unnamed = unnamedIn(window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    const QStringList clashes = mnemonicClashes(window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestDialogAccessibility::editMode()
{
    QFETCH(QString, lang);
    typeWorkspaceId(londonReception());
    QVERIFY(settle());
    editFirstCriteria();
    clickToggle(find<QCheckBox>("ringEnabledCheck")); // a change: Save changes is on
    speak(lang);
    if (lang != QLatin1String("en"))
        QVERIFY(find<QPushButton>("cancelEditButton")->text() != QLatin1String("Cancel editing"));
    check(m_window);
    // Save changes, the edit mode's name for Create, answers to its own letter.
    const QChar save = mnemonic(sendBar()->createButton()->text());
    QVERIFY2(!save.isNull(), qPrintable(sendBar()->createButton()->text()));
}

void TestDialogAccessibility::ringSettingsEditor()
{
    QFETCH(QString, lang);
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    auto *dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    speak(lang);
    if (lang != QLatin1String("en"))
        QVERIFY(dialog->windowTitle() != QLatin1String("Sequential ring settings"));
    check(dialog);
}

void TestDialogAccessibility::conflictDialog_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("deleted");
    for (const char *lang : {"en", "de", "fr", "ja"}) {
        QTest::addRow("%s changed", lang) << QString::fromLatin1(lang) << false;
        QTest::addRow("%s deleted", lang) << QString::fromLatin1(lang) << true;
    }
}

void TestDialogAccessibility::conflictDialog()
{
    QFETCH(QString, lang);
    QFETCH(bool, deleted);
    speak(lang);
    Criteria theirs = documentedSeed();
    theirs.ringEnabled = false;
    auto *dialog = new CriteriaConflictDialog(
        documentedSeed(), deleted ? std::nullopt : std::optional<Criteria>(theirs), m_window);
    const auto close = qScopeGuard([dialog] { dialog->reject(); });
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    if (lang != QLatin1String("en"))
        QVERIFY(dialog->windowTitle() != QLatin1String("The criteria changed on the service"));
    check(dialog);
}

void TestDialogAccessibility::whenItRingsAndTestACall()
{
    QFETCH(QString, lang);
    typeWorkspaceId(londonReception());
    QVERIFY(settle());
    auto *calls = m_window->findChild<CallActions *>();
    m_window->findChild<QTabWidget *>(QStringLiteral("previewTabs"))
        ->setCurrentWidget(calls->panel());
    QTRY_VERIFY_WITH_TIMEOUT(calls->data().has_value(), 15000);
    speak(lang);
    if (lang != QLatin1String("en"))
        QVERIFY(calls->panel()->chart()->accessibleName() != QLatin1String("When it rings"));
    check(m_window);
    QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
    auto *dialog = waitForShown<CallTestDialog>("callTestDialog");
    QVERIFY(dialog);
    if (lang != QLatin1String("en"))
        QVERIFY(dialog->windowTitle() != QLatin1String("Test a call"));
    check(dialog);
    dialog->close();
}

QTEST_MAIN(TestDialogAccessibility)
#include "tst_dialogaccessibility.moc"
