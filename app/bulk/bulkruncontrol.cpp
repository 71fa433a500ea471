// BulkRun's controls: the journal it resumes from, and while it runs pause, resume, cancel
// and the progress they show.
#include "app/bulk/bulkrun.h"
#include "app/client/requestgate.h"
#include "models/webexid.h"

namespace seqring
{

void BulkRun::setJournal(BulkJournal *journal, const QHash<QString, JournalEntry> &recorded)
{
    m_journal = journal;
    // Keyed by what each ID identifies: a targets file may write an ID in another form
    // than the journal of an earlier run.
    m_recorded.clear();
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
        m_recorded.insert(WebexId::key(it.key()), it.value());
}

QString BulkRun::cancelledText()
{
    return tr("Not sent: the run was cancelled before this workspace's turn.");
}

bool BulkRun::proceed(const WorkPtr &work, std::function<void()> step)
{
    if (m_cancelled) {
        finish(work, BulkOutcome::Result::Failed, cancelledText());
        return false;
    }
    if (m_held) {
        m_waiting.append({work, std::move(step)});
        return false;
    }
    return true;
}

void BulkRun::pause()
{
    if (m_held || m_cancelled || m_finished)
        return;
    m_held = true;
    m_heldSince = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT stateChanged();
}

void BulkRun::resume()
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

void BulkRun::cancel()
{
    if (m_cancelled || m_finished)
        return;
    if (m_held && m_clock.isValid())
        m_heldMs += m_clock.elapsed() - m_heldSince;
    m_held = false;
    m_cancelled = true;
    Q_EMIT stateChanged();
    // The workspaces never reached, and those held before their next request, end now; each
    // counts as active until its finish() so that finished() comes after the last of them.
    QList<WorkPtr> ending;
    for (const auto &[work, step] : std::exchange(m_waiting, {}))
        ending.append(work);
    while (m_next < m_targets.size())
        ending.append(takeNext());
    for (const WorkPtr &work : ending)
        finish(work, BulkOutcome::Result::Failed, cancelledText());
    // The requests waiting for a slot or waiting out a 429 are not sent: their workspaces
    // end when the gate's answers come (from the event loop).
    m_gate->cancel();
    if (ending.isEmpty())
        startNext(); // ends the run when nothing is in flight
}

bool BulkRun::endIfNotSent(const WorkPtr &work, const ApiResult &result)
{
    if (!m_cancelled || result.error.kind != ApiError::Kind::Cancelled || result.error.ambiguous)
        return false;
    finish(work, BulkOutcome::Result::Failed, cancelledText());
    return true;
}

BulkProgress BulkRun::progress() const
{
    BulkProgress progress;
    progress.total = int(m_targets.size());
    for (const BulkOutcome &outcome : m_outcomes) {
        switch (outcome.result) {
        case BulkOutcome::Result::Created:
        case BulkOutcome::Result::WouldCreate:
            ++progress.created;
            break;
        case BulkOutcome::Result::Skipped:
            ++progress.skipped;
            break;
        case BulkOutcome::Result::Failed:
            ++progress.failed;
            break;
        }
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

QString BulkProgress::paceText() const
{
    QString text;
    if (perMinute > 0)
        text += QStringLiteral(" · ") +
                BulkRun::tr("%1 per minute").arg(QString::number(perMinute, 'f', 1));
    if (etaSeconds >= 0 && remaining > 0)
        text += QStringLiteral(" · ") + BulkRun::tr("about %n s left", nullptr, etaSeconds);
    return text;
}

} // namespace seqring
