// Accessibility of the main window: names for assistive technology, unique mnemonics,
// tab order in visual order, and a create done with the keyboard alone.
#include "app/client/apiresult.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/accessibilitycheck.h"
#include "tests/common/windowfixture.h"
#include "ui/mainwindow.h"
#include "ui/results/resultdialogs.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace
{

const QString kBoardroom = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyInteractiveElementHasAName();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void tabOrderFollowsVisualOrder();
    void createWithKeyboardAlone();

private:
    test::WindowFixture m_fx;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::init()
{
    qunsetenv("WEBEX_ACCESS_TOKEN");
    QVERIFY(m_fx.start());
    m_window = m_fx.window.get();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestAccessibility::cleanup()
{
    m_fx.stop();
    m_window = nullptr;
}

void TestAccessibility::everyInteractiveElementHasAName()
{
    const QStringList unnamed = test::unnamedIn(m_window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "de", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestAccessibility::mnemonicsAreUnique()
{
    // In every language the window speaks (switched at run time, as View > Language does).
    QFETCH(QString, lang);
    QCOMPARE(Translations::install(lang), lang);
    const auto backToEnglish = qScopeGuard([] {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    auto *create = m_window->findChild<QAbstractButton *>(QStringLiteral("createButton"));
    QVERIFY(create);
    if (lang != QLatin1String("en")) // the window really speaks `lang` now
        QVERIFY2(create->text() != QLatin1String("&Create criteria"), qPrintable(create->text()));
    // Alt+letter must reach one place: labels, buttons and the menu bar's titles.
    const QStringList clashes = test::mnemonicClashes(m_window);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::tabOrderFollowsVisualOrder()
{
    // Expected order of the main stops, top to bottom, left column before the preview.
    const QStringList expected = {
        QStringLiteral("environmentCombo"), QStringLiteral("workspaceIdEdit"),
        QStringLiteral("orgIdEdit"),        QStringLiteral("onlyDuringScheduleCheck"),
        QStringLiteral("anyNumberRadio"),   QStringLiteral("ringEnabledCheck"),
        QStringLiteral("previewBody"),      QStringLiteral("copyCurlButton"),
        QStringLiteral("createButton")};
    // A valid form, so that Create is enabled and a Tab stop.
    auto *workspace = m_window->findChild<QLineEdit *>(QStringLiteral("workspaceIdEdit"));
    workspace->setFocus();
    QTest::keyClicks(workspace, kBoardroom);
    QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("createButton"))->isEnabled());
    m_window->findChild<QWidget *>(expected.first())->setFocus(Qt::TabFocusReason);
    QStringList visited;
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    for (int i = 0; i < 200; ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    int last = -1;
    for (const QString &name : expected) {
        const int at = int(visited.indexOf(name));
        QVERIFY2(at >= 0, qPrintable(name + QStringLiteral(" is not reached by Tab: ") +
                                     visited.join(QLatin1Char(','))));
        QVERIFY2(at > last, qPrintable(name + QStringLiteral(" comes too early: ") +
                                       visited.join(QLatin1Char(','))));
        last = at;
    }
}

void TestAccessibility::createWithKeyboardAlone()
{
    QSignalSpy dialogs(m_fx.find<ResultPresenter>(), &ResultPresenter::dialogShown);
    auto focused = [] { return QApplication::focusWidget(); };
    QTest::keyClick(m_window, Qt::Key_W, Qt::AltModifier); // Workspace ID
    QCOMPARE(focused()->objectName(), QStringLiteral("workspaceIdEdit"));
    QTest::keyClicks(focused(), kBoardroom);
    QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier); // Only during a schedule
    QCOMPARE(focused()->objectName(), QStringLiteral("onlyDuringScheduleCheck"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier); // Schedule name
    QTest::keyClicks(focused(), QStringLiteral("Business Vacation"));
    QTest::keyClick(focused(), Qt::Key_T, Qt::AltModifier); // Schedule type
    QCOMPARE(focused()->objectName(), QStringLiteral("scheduleTypeCombo"));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_S, Qt::AltModifier); // Select phone numbers
    QCOMPARE(focused()->objectName(), QStringLiteral("selectNumbersRadio"));
    // A mnemonic presses a button as an animated click: it takes effect a moment later.
    QTRY_VERIFY(
        m_window->findChild<QAbstractButton *>(QStringLiteral("selectNumbersRadio"))->isChecked());
    QTest::keyClick(focused(), Qt::Key_M, Qt::AltModifier); // Add number
    QCOMPARE(focused()->objectName(), QStringLiteral("addNumberEdit"));
    QTest::keyClicks(focused(), QStringLiteral("+44 20 7183 8750"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_P, Qt::AltModifier); // Private callers
    QCOMPARE(focused()->objectName(), QStringLiteral("anonymousCheck"));
    QTRY_VERIFY(static_cast<QAbstractButton *>(focused())->isChecked());
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier); // Create
    QVERIFY(dialogs.wait(15000));
    auto *success = qobject_cast<SuccessDialog *>(dialogs.first().first().value<QDialog *>());
    QVERIFY2(success, "the create did not succeed");
    QVERIFY(!success->idText().isEmpty());
    QTest::keyClick(success, Qt::Key_Escape);
    QTRY_VERIFY(!success->isVisible());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
