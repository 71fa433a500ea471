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
    // Whether a workspace's next step may run now: when cancelled, `ended` runs now; when
    // paused, `step` is held (resume() hands it back, cancel() runs `ended` instead).
    bool proceed(Step step, Step ended);
    // Ends a pause: `changed` runs, then the steps held, in the order held. False (nothing
    // runs) when not paused.
    bool resumeWith(const Step &changed);
    // Cancels for good: `changed` runs, then the ends of the steps held and of every step
    // `next` gives (called until it gives an empty one, all taken before any end runs).
    // False (nothing runs) when already cancelled; else *ended counts the ends run.
    bool cancelWith(const Step &changed, const std::function<Step()> &next, int *ended);
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
