// The window at its default size, in English and in German: every field of the criteria
// form and the create button lie inside what is visible, without scrolling.
#include "mainwindow.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

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
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestDefaultLayout::everyFieldVisible()
{
    QFETCH(QString, lang);
    QCOMPARE(Translations::install(lang), lang);
    test::WindowFixture fixture;
    QVERIFY(fixture.start());
    MainWindow *window = fixture.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), QSize(1180, 760)); // the default size
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
