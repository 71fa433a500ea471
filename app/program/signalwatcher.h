#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace seqring
{

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal through a self-pipe: the handler
// only writes the signal's number to a pipe (async-signal-safe), a QSocketNotifier reads
// it in the event loop. One per process; the handlers stay until it is destroyed.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the pipe or a handler could not be set up (the signals then act as
    // they would without it).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // From the event loop, once per signal delivered.
    void received(int signalNumber);

private:
    void drain();

    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace seqring
