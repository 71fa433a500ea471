#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <cstdio>
#include <sys/resource.h>

namespace seqring
{

// Start-up measurement, shared by `seqring-admin --quit-after-first-paint` and the
// bench's bare QMainWindow baseline so both are measured the same way: at the end of the
// watched window's first frame (queued from its first Paint, so the whole frame, children
// included, is painted and flushed first) it prints "first-frame <peak RSS in KiB>" on
// standard output and quits. The bench takes the time the line arrives and the RSS in it;
// work the program queues after its first frame (the app's look-ups) is not in either.
class FirstFrameReport : public QObject
{
public:
    explicit FirstFrameReport(QObject *window) : QObject(window)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(this, &FirstFrameReport::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        struct rusage usage {
        };
        getrusage(RUSAGE_SELF, &usage);
        std::printf("first-frame %ld\n", usage.ru_maxrss); // KiB on Linux
        std::fflush(stdout);
        QCoreApplication::quit();
    }
};

} // namespace seqring
