// The window at its default size, in English and in German, in create mode (also with the
// ring-off warning over the form) and in edit mode (the banner over the form, the changes
// under the preview, a criteria's details shown):
// the window keeps its size, and every field of the criteria form and the create or save
// button lie inside what is visible, without scrolling.
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/criteriadetailview.h"
#include "ui/existingcriteriapanel.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

using namespace seqring;

class TestDefaultLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void everyFieldVisible_data();
    void everyFieldVisible();
};

void TestDefaultLayout::everyFieldVisible_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("mode"); // create; create with the ring-off warning; edit
    for (const char *lang : {"en", "de"}) {
        for (const char *mode : {"create", "ring off", "edit"})
            QTest::addRow("%s, %s", lang, mode)
                << QString::fromLatin1(lang) << QString::fromLatin1(mode);
    }
}

void TestDefaultLayout::everyFieldVisible()
{
    QFETCH(QString, lang);
    QFETCH(QString, mode);
    QCOMPARE(Translations::install(lang), lang);
    test::WindowFixture fixture;
    QVERIFY(fixture.start());
    MainWindow *window = fixture.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), QSize(1180, 760)); // the default size
    if (mode == QLatin1String("ring off")) {    // a workspace whose sequential ring is off
        fixture.target->setWorkspaceId(sandboxtest::londonBoardroom());
        QTRY_VERIFY_WITH_TIMEOUT(
            window->findChild<QWidget *>(QStringLiteral("ringOffWarning"))->isVisible(), 10000);
        QTest::qWait(50);
        QCOMPARE(window->size(), QSize(1180, 760));
    } else if (mode == QLatin1String("edit")) {
        fixture.target->setWorkspaceId(sandboxtest::londonReception());
        auto *panel = window->findChild<ExistingCriteriaPanel *>();
        QTRY_VERIFY_WITH_TIMEOUT(panel->list()->topLevelItemCount() > 0, 10000);
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        QPushButton *edit = panel->detailView()->editButton();
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(window->findChild<QWidget *>(QStringLiteral("editModeBar"))->isVisible());
        QTest::qWait(50); // the layout after the banner and the changes
        QCOMPARE(window->size(), QSize(1180, 760));
    }
    auto *scroll = window->findChild<QScrollArea *>(QStringLiteral("formScrollArea"));
    QVERIFY(scroll);
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    QWidget *viewport = scroll->viewport();
    for (const char *name :
         {"onlyDuringScheduleCheck", "scheduleNameCombo", "scheduleTypeCombo", "anyNumberRadio",
          "selectNumbersRadio", "addNumberEdit", "addNumberButton", "phoneNumbersList",
          "anonymousCheck", "unavailableCheck", "ringEnabledCheck"}) {
        auto *widget = window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        const QRect inViewport(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
        QVERIFY2(viewport->rect().contains(inViewport),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 is outside the viewport %6x%7")
                                .arg(QLatin1String(name))
                                .arg(inViewport.x())
                                .arg(inViewport.y())
                                .arg(inViewport.width())
                                .arg(inViewport.height())
                                .arg(viewport->width())
                                .arg(viewport->height())));
    }
    auto *create = window->findChild<QAbstractButton *>(QStringLiteral("createButton"));
    const QRect inWindow(create->mapTo(window, QPoint(0, 0)), create->size());
    QVERIFY(window->rect().contains(inWindow));
    QVERIFY(create->isVisible());
}

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"
