// bench_bare_mainwindow: the start-up baseline. A bare QMainWindow of the admin window's
// default size, shown and quit right after its first paint, exactly as
// `seqring-admin --quit-after-first-paint` does (see app/main.cpp).
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QWidget(&window));
    window.resize(1180, 760); // MainWindow's default size
    window.show();

    // The same mechanism as the app's --quit-after-first-paint branch.
    struct QuitAfterFirstPaint : QObject {
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [] { QCoreApplication::quit(); },
                    Qt::QueuedConnection);
            }
            return false;
        }
    };
    window.installEventFilter(new QuitAfterFirstPaint(&window));
    return app.exec();
}
