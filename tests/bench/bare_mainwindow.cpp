// bench_bare_mainwindow: the start-up baseline. A bare QMainWindow of the admin window's
// default size, shown, and quit at the end of its first frame exactly as
// `seqring-admin --quit-after-first-paint` does (app/firstframereport.h).
#include "app/program/firstframereport.h"

#include <QApplication>
#include <QMainWindow>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QWidget(&window));
    window.resize(1180, 760); // MainWindow's default size
    window.show();
    new seqring::FirstFrameReport(&window);
    return app.exec();
}
