// Test helper for tst_autosavecrash: the real admin window against an in-process sandbox,
// its autosave at the path given, types a criteria into the form by keyboard and mouse,
// says "typed" on standard output and waits, to be killed.
#include "tests/common/windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <cstdio>

using namespace seqring;

namespace
{

template <typename T> T *named(test::WindowFixture &fx, const char *name)
{
    T *widget = fx.find<T>(QLatin1String(name));
    if (!widget) {
        std::fprintf(stderr, "no widget named %s\n", name);
        std::exit(3);
    }
    return widget;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: autosave_typer AUTOSAVE WORKSPACE-ID\n");
        return 2;
    }
    test::WindowFixture fx;
    fx.autosavePath = QString::fromLocal8Bit(argv[1]);
    if (!fx.start())
        return 2;
    fx.window->show();
    if (!QTest::qWaitForWindowExposed(fx.window.get()))
        return 2;
    auto *workspace = named<QLineEdit>(fx, "workspaceIdEdit");
    workspace->setFocus();
    QTest::keyClicks(workspace, QString::fromLocal8Bit(argv[2]));
    auto *schedule = named<QAbstractButton>(fx, "onlyDuringScheduleCheck");
    QTest::mouseClick(schedule, Qt::LeftButton, {}, QPoint(6, schedule->height() / 2)); // its box
    QTest::keyClicks(named<QComboBox>(fx, "scheduleNameCombo")->lineEdit(),
                     QStringLiteral("Kill nine"));
    auto *select = named<QAbstractButton>(fx, "selectNumbersRadio");
    QTest::mouseClick(select, Qt::LeftButton, {}, QPoint(6, select->height() / 2));
    auto *number = named<QLineEdit>(fx, "addNumberEdit");
    QTest::keyClicks(number, QStringLiteral("+44 20 7183 8750"));
    QTest::keyClick(number, Qt::Key_Return);
    std::puts("typed");
    std::fflush(stdout);
    return app.exec();
}
