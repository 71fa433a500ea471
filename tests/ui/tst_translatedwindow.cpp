// The window in German, French and Japanese: translated labels, Qt's own strings, and no
// label cut off at the default size in German (the longest language).
#include "tests/common/windowfixture.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void labelsAreTranslated_data();
    void labelsAreTranslated();
    void qtStringsAreTranslated();
    void nothingCutOffInGerman();
    void switchesAtRunTime();
};

namespace
{
// The window against the sandbox, shown; its settings file is fixture->qsettings.
std::unique_ptr<test::WindowFixture> makeWindow()
{
    auto fixture = std::make_unique<test::WindowFixture>();
    if (!fixture->start())
        qFatal("the window could not be built");
    fixture->window->show();
    return fixture;
}
} // namespace

void TestTranslatedWindow::labelsAreTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("Japanese") << QStringLiteral("ja");
}

void TestTranslatedWindow::labelsAreTranslated()
{
    QFETCH(QString, lang);
    QCOMPARE(Translations::install(lang), lang);
    auto fixture = makeWindow();
    MainWindow *window = fixture->window.get();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QStringList english = {
        QStringLiteral("&Create criteria"), QStringLiteral("Create criteria"),
        QStringLiteral("&Only during a schedule"), QStringLiteral("&Select phone numbers")};
    for (const char *name : {"createButton", "onlyDuringScheduleCheck", "selectNumbersRadio"}) {
        auto *button = window->findChild<QAbstractButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(!button->text().isEmpty(), name);
        QVERIFY2(!english.contains(button->text()), qPrintable(button->text()));
    }
    QVERIFY(!window->windowTitle().startsWith(QLatin1String("Sequential ring criteria")));
}

void TestTranslatedWindow::qtStringsAreTranslated()
{
    Translations::install(QStringLiteral("de"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
             QStringLiteral("Abbrechen"));
}

void TestTranslatedWindow::nothingCutOffInGerman()
{
    Translations::install(QStringLiteral("de"));
    auto fixture = makeWindow();
    MainWindow *window = fixture->window.get(); // the default size: no geometry saved yet
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QStringList cut;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            text = label->text();
        } else if (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w) ||
                   qobject_cast<QPushButton *>(w)) {
            text = static_cast<QAbstractButton *>(w)->text();
            if (text.isEmpty())
                continue;
        } else {
            continue;
        }
        if (w->width() < w->sizeHint().width())
            cut << QStringLiteral("%1 \"%2\": %3 < %4")
                       .arg(w->objectName(), text)
                       .arg(w->width())
                       .arg(w->sizeHint().width());
    }
    // The form column is not squeezed behind a horizontal scroll bar either.
    const QList<QScrollArea *> areas = window->findChildren<QScrollArea *>();
    for (QScrollArea *area : areas) {
        if (area->isVisibleTo(window) && area->horizontalScrollBar()->isVisible())
            cut << QStringLiteral("%1 needs a horizontal scroll bar").arg(area->objectName());
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

void TestTranslatedWindow::switchesAtRunTime()
{
    Translations::install(QStringLiteral("en"));
    auto fixture = makeWindow();
    MainWindow *window = fixture->window.get();
    auto *create = window->findChild<QAbstractButton *>(QStringLiteral("createButton"));
    auto *existing = window->findChild<QLabel *>(QStringLiteral("existingCriteriaLabel"));
    const QString englishCreate = create->text();
    auto *menu = window->findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    // View > Language > Deutsch, as a user would pick it.
    const QList<QAction *> actions = menu->actions();
    QAction *german = nullptr;
    for (QAction *action : actions) {
        if (action->data().toString() == QLatin1String("de"))
            german = action;
    }
    QVERIFY(german);
    german->trigger();
    QTRY_VERIFY(create->text() != englishCreate); // LanguageChange reaches the widgets
    QVERIFY(!window->windowTitle().startsWith(QLatin1String("Sequential ring criteria")));
    QVERIFY(existing);
    QVERIFY(!existing->text().contains(QLatin1String("Existing")));
    QCOMPARE(fixture->settings->language(), QStringLiteral("de"));
    menu->choose(QStringLiteral("en"));
    QTRY_COMPARE(create->text(), englishCreate);
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
