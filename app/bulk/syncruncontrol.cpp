// SyncRun's controls while it runs: pause, resume, cancel, and the progress they show.
#include "app/bulk/syncrun.h"
#include "app/bulk/syncrunwork.h"
#include "app/client/requestgate.h"

namespace seqring
{

QString SyncRun::cancelledText()
{
    return tr("Not sent: the sync was cancelled before this workspace's turn.");
}

bool SyncRun::proceed(const WorkPtr &work, std::function<void()> step)
{
    if (m_cancelled) {
        fail(work, cancelledText());
        return false;
    }
    if (m_held) {
        m_waiting.append({work, std::move(step)});
        return false;
    }
    return true;
}

void SyncRun::pause()
{
    if (m_held || m_cancelled || m_finished)
        return;
    m_held = true;
    m_heldSince = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT stateChanged();
}

void SyncRun::resume()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_clock.isValid())
        m_heldMs += m_clock.elapsed() - m_heldSince;
    Q_EMIT stateChanged();
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[work, step] : waiting)
        step();
    startNext();
}

void SyncRun::cancel()
{
    if (m_cancelled || m_finished)
        return;
    if (m_held && m_clock.isValid())
        m_heldMs += m_clock.elapsed() - m_heldSince;
    m_held = false;
    m_cancelled = true;
    Q_EMIT stateChanged();
    // Those held before their next request and those never reached end now; each counts as
    // active until it ends, so that finished() comes after the last of them.
    QList<WorkPtr> ending;
    for (const auto &[work, step] : std::exchange(m_waiting, {}))
        ending.append(work);
    while (m_next < m_targets.size())
        ending.append(takeNext());
    for (const WorkPtr &work : ending)
        fail(work, cancelledText());
    // What waits for a slot is not sent: its workspace ends when the gate's answer comes.
    m_gate->cancel();
    if (ending.isEmpty())
        startNext();
}

BulkProgress SyncRun::progress() const
{
    BulkProgress progress;
    progress.total = int(m_targets.size());
    for (const SyncOutcome &outcome : m_outcomes) {
        if (outcome.failed)
            ++progress.failed;
        else if (outcome.matched)
            ++progress.created;
        else
            ++progress.skipped;
    }
    const int finished = int(m_outcomes.size());
    progress.remaining = progress.total - finished;
    qint64 running = m_clock.isValid() ? m_clock.elapsed() - m_heldMs : 0;
    if (m_held && m_clock.isValid())
        running -= m_clock.elapsed() - m_heldSince;
    if (finished > 0 && running > 0) {
        progress.perMinute = finished * 60000.0 / double(running);
        progress.etaSeconds = int(progress.remaining * (double(running) / finished) / 1000.0);
    }
    return progress;
}

} // namespace seqring
