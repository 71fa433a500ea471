#pragma once

#include <QElapsedTimer>
#include <QList>
#include <functional>
#include <utility>

namespace seqring
{

// Pause and Cancel of a run: the steps held while it is paused (each goes on at resume(),
// or ends at cancel()), and its running time with the pauses left out.
class RunControl
{
public:
    using Step = std::function<void()>;

    void start() { m_clock.start(); }
    bool isHeld() const { return m_held; }
    bool isCancelled() const { return m_cancelled; }
    // Pauses; false (nothing changes) when already paused or cancelled.
    bool pause();
    // Holds `step` until resume() (which runs it) or cancel() (which runs `ended` instead).
    void hold(Step step, Step ended);
    // Ends the pause: the steps held, in the order held, for the caller to run. Empty and
    // nothing changes when not paused.
    QList<Step> resume();
    // Cancels (for good): the `ended` of every step held, for the caller to run. False when
    // already cancelled.
    bool cancel(QList<Step> *ended);
    // Milliseconds since start() without the pauses; 0 before start().
    qint64 runningMs() const;

private:
    QList<std::pair<Step, Step>> m_waiting; // held steps and what ends each
    QElapsedTimer m_clock;
    qint64 m_heldMs = 0; // time spent paused, pauses ended
    qint64 m_heldSince = 0;
    bool m_held = false;
    bool m_cancelled = false;
};

} // namespace seqring
