#include "app/client/requestgate.h"

#include "app/client/apiclient.h"
#include "app/client/responsereader.h"

#include <cmath>

namespace seqring
{

RequestGate::RequestGate(ApiClient *client, int limit, QObject *parent)
    : QObject(parent), m_client(client), m_limit(qMax(1, limit))
{
    m_clock.start();
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &RequestGate::dispatch);
    m_pace.setSingleShot(true);
    m_pace.setTimerType(Qt::PreciseTimer);
    connect(&m_pace, &QTimer::timeout, this, &RequestGate::dispatch);
}

void RequestGate::acquire(std::function<void()> task, std::function<void()> dropped)
{
    m_waiting.append({std::move(task), std::move(dropped)});
    dispatch();
}

QString RequestGate::notSentText()
{
    return tr("Not sent: the run was cancelled.");
}

ApiResult RequestGate::notSent(const HttpRequestSpec &spec)
{
    return ResponseReader::failure(spec, ApiError::Kind::Cancelled, notSentText());
}

void RequestGate::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    for (Waiting &waiting : std::exchange(m_waiting, {}))
        QTimer::singleShot(0, this, std::move(waiting.dropped));
    // A job waiting out a 429 has nothing on the wire: it ends not sent (its slot is freed).
    const QList<QPointer<ApiJob>> jobs = m_jobs;
    for (const QPointer<ApiJob> &job : jobs) {
        if (job && job->isWaitingToRetry())
            job->cancel();
    }
}

void RequestGate::release()
{
    --m_inUse;
    // From the event loop, so that a task finishing inside a signal starts the next one
    // after it has returned.
    QTimer::singleShot(0, this, &RequestGate::dispatch);
}

void RequestGate::dispatch()
{
    while (!m_pause.isActive() && m_inUse < m_limit && !m_waiting.isEmpty()) {
        if (m_intervalMs > 0) {
            const double at = now();
            raisePace(at);
            if (at < m_nextSlotAt) {
                if (!m_pace.isActive())
                    m_pace.start(int(std::ceil(m_nextSlotAt - at)));
                return;
            }
            // A slot a little late keeps the grid; after a lull the grid starts again now,
            // so no burst makes up for the time not used.
            const double base = at - m_nextSlotAt < m_intervalMs ? m_nextSlotAt : at;
            m_nextSlotAt = base + m_intervalMs;
        }
        ++m_inUse;
        m_maxInUse = qMax(m_maxInUse, m_inUse);
        const std::function<void()> task = m_waiting.takeFirst().task;
        task();
    }
}

void RequestGate::pauseFor(qint64 milliseconds)
{
    const qint64 until = m_clock.elapsed() + milliseconds;
    if (until <= m_pausedUntil && m_pause.isActive())
        return;
    m_pausedUntil = until;
    m_pause.start(int(qMax<qint64>(0, milliseconds)));
    // The requests holding a slot are sent again when the pause ends (the job retries on
    // its own): they take the first slots of the pace.
    if (m_intervalMs > 0)
        m_nextSlotAt = qMax(m_nextSlotAt, now() + double(milliseconds) + m_inUse * m_intervalMs);
    Q_EMIT paused(int(std::ceil(double(milliseconds) / 1000.0)));
}

void RequestGate::learnRate(int retryAfterSeconds, double sentAt)
{
    if (sentAt < m_learnedAt)
        return; // sent before the pace now kept: it says nothing new
    // The service's window, on the same scale as the waits (the tests shorten both).
    const double window = 1000.0 * qMax(1, retryAfterSeconds) * m_client->retryDelayScale();
    const double at = now();
    // The requests of that window answered otherwise (those still in flight are not
    // counted: the rate learned errs on the slow side).
    qsizetype admitted = 0;
    for (const double sent : std::as_const(m_admitted))
        admitted += at - sent < window ? 1 : 0;
    if (admitted < m_limit)
        return; // fewer than the slots: says nothing of a rate, the pause alone holds
    double interval = window / double(admitted) * kPaceMargin;
    if (m_intervalMs > 0 && interval <= m_intervalMs)
        interval = m_intervalMs * 1.1; // limited while pacing: slower
    m_intervalMs = qMax(m_intervalMs, interval);
    const double rate = 1000.0 * double(admitted) / window;
    // Learned while the pace rose: the rise found the service's rate.
    m_probing = !m_raised;
    m_raised = false;
    m_stepRate = rate * (m_probing ? kProbeStep : kSteadyStep);
    m_windowMs = window;
    m_learnedAt = at;
    m_raisedAt = at;
}

void RequestGate::raisePace(double at)
{
    const double tick = m_probing ? m_windowMs / kProbeTicks : m_windowMs;
    if (m_intervalMs <= 0 || m_windowMs <= 0 || at - m_raisedAt < tick)
        return;
    // Paused meanwhile (a 429 in flight, or the caller's pause): that is no quiet window.
    if (m_pause.isActive())
        return;
    // A service's window fills a whole window late: never more than twice the rate the
    // requests answered in the last quarter window show, so that a probe does not run away
    // before its 429 comes.
    const double recent = m_windowMs / 4;
    qsizetype admitted = 0;
    for (const double sent : std::as_const(m_admitted))
        admitted += at - sent < recent ? 1 : 0;
    const double current = 1000.0 / m_intervalMs;
    const double cap = qMax(current, 2.0 * 1000.0 * double(admitted) / recent);
    const double rate = qMin(current + m_stepRate, cap);
    m_intervalMs = 1000.0 / rate;
    m_raisedAt = at;
    m_raised = true;
    if (m_probing)
        m_stepRate *= 2;
}

void RequestGate::send(const HttpRequestSpec &spec, QObject *receiver,
                       std::function<void(const ApiResult &)> done)
{
    sendAttempt(spec, receiver, std::move(done), 0);
}

RequestSender RequestGate::sender()
{
    return [gate = QPointer<RequestGate>(this)](const HttpRequestSpec &spec, QObject *receiver,
                                                std::function<void(const ApiResult &)> done) {
        if (gate)
            gate->send(spec, receiver, std::move(done));
    };
}

void RequestGate::sendAttempt(const HttpRequestSpec &spec, QPointer<QObject> receiver,
                              std::function<void(const ApiResult &)> done, int resends)
{
    const auto dropped = [spec, receiver, done] {
        if (receiver)
            done(notSent(spec));
    };
    if (m_cancelled) {
        QTimer::singleShot(0, this, dropped);
        return;
    }
    acquire(
        [this, spec, receiver, done, resends] {
            const double sentAt = now();
            ApiJob *job = m_client->send(spec);
            m_jobs.append(job);
            const double scale = m_client->retryDelayScale();
            // The job waits and retries on its own, keeping its slot; nobody else starts
            // meanwhile. After cancel() it is not sent again.
            connect(job, &ApiJob::rateLimited, this,
                    [this, job, scale, sentAt](int, int waitSeconds) {
                        learnRate(waitSeconds, sentAt);
                        pauseFor(qint64(waitSeconds * 1000 * scale));
                        if (m_cancelled)
                            job->cancel();
                    });
            connect(
                job, &ApiJob::finished, this,
                [this, job, spec, receiver, done, resends, scale, sentAt](const ApiResult &result) {
                    m_jobs.removeOne(job);
                    release();
                    if (result.httpStatus != 429) {
                        while (!m_admitted.isEmpty() && sentAt - m_admitted.first() > 60000)
                            m_admitted.removeFirst();
                        m_admitted.append(sentAt);
                    }
                    if (!receiver)
                        return;
                    if (result.httpStatus == 429 && resends < kMaxRateLimitResends) {
                        const int wait =
                            result.error.retryAfterSeconds > 0 ? result.error.retryAfterSeconds : 1;
                        learnRate(wait, sentAt);
                        pauseFor(qint64(wait * 1000 * scale));
                        sendAttempt(spec, receiver, done, resends + 1);
                        return;
                    }
                    done(result);
                });
        },
        dropped);
}

} // namespace seqring
