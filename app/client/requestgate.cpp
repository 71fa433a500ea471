#include "app/client/requestgate.h"

#include "app/client/apiclient.h"
#include "app/client/responsereader.h"

#include <algorithm>
#include <cmath>

namespace seqring
{

RequestGate::RequestGate(ApiClient *client, int limit, QObject *parent)
    : QObject(parent), m_client(client), m_limit(qMax(1, limit))
{
    m_clock.start();
    m_pause.setSingleShot(true);
    m_pause.setTimerType(Qt::PreciseTimer); // a coarse timer may end the wait 5% early
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
            const double earliest = qMax(m_nextSlotAt, windowFreesAt());
            if (at < earliest) {
                if (!m_pace.isActive())
                    m_pace.start(int(std::ceil(earliest - at)));
                return;
            }
            // A slot a little late keeps the grid; after a lull the grid starts again now,
            // so no burst makes up for the time not used.
            const double base = at - m_nextSlotAt < m_intervalMs ? m_nextSlotAt : at;
            m_nextSlotAt = base + m_intervalMs;
            noteSend(at);
        }
        ++m_inUse;
        m_maxInUse = qMax(m_maxInUse, m_inUse);
        const std::function<void()> task = m_waiting.takeFirst().task;
        task();
    }
}

double RequestGate::windowFreesAt() const
{
    if (m_probing || m_windowAdmits <= 0 || m_sends.size() < m_windowAdmits)
        return 0;
    return m_sends.at(m_sends.size() - m_windowAdmits) + m_windowMs * (1 + kWindowSlack);
}

void RequestGate::noteSend(double at)
{
    m_sends.insert(std::upper_bound(m_sends.begin(), m_sends.end(), at), at);
    while (m_sends.size() > qMax(m_windowAdmits, m_limit))
        m_sends.removeFirst();
}

void RequestGate::pauseFor(qint64 milliseconds)
{
    const qint64 until = m_clock.elapsed() + milliseconds;
    const bool extending = m_pause.isActive();
    if (until <= m_pausedUntil && extending)
        return;
    const qint64 previousEnd = m_pausedUntil;
    m_pausedUntil = until;
    m_pause.start(int(qMax<qint64>(0, milliseconds)));
    // The requests holding a slot are sent again when the pause ends (the job retries on
    // its own): they take the first slots of the pace.
    if (m_intervalMs > 0)
        m_nextSlotAt = qMax(m_nextSlotAt, now() + double(milliseconds) + m_inUse * m_intervalMs);
    // The pace rises only after quiet time: the wait is none.
    m_raisedAt = qMax(m_raisedAt, now() + double(milliseconds));
    // The other requests of a burst meeting their 429s move the end by a little: the same
    // wait, not announced again.
    if (!extending || until - previousEnd >= kAnnouncedExtensionMs)
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
    // The first lesson comes at full speed, and a service may throttle its first window
    // harder than the rest: probe. A later one (paced, or probing) found the service's rate.
    const bool firstLesson = m_intervalMs <= 0;
    double interval = window / double(admitted) * kPaceMargin;
    if (m_intervalMs > 0 && interval <= m_intervalMs)
        interval = m_intervalMs * 1.1; // limited while pacing: slower
    m_intervalMs = qMax(m_intervalMs, interval);
    m_foundRate = 1000.0 * double(admitted) / window;
    m_windowAdmits = admitted;
    m_probing = firstLesson;
    m_jumped = false;
    m_windowMs = window;
    m_learnedAt = at;
    m_raisedAt = qMax(m_raisedAt, at);
}

void RequestGate::raisePace(double at)
{
    if (m_intervalMs <= 0 || m_windowMs <= 0)
        return;
    // Paused meanwhile (a 429 in flight, or the caller's pause): that is no quiet window.
    const double tick = m_probing ? m_windowMs / kProbeTicks : m_windowMs;
    if (m_pause.isActive() || at - m_raisedAt < tick)
        return;
    m_raisedAt = at;
    const double current = 1000.0 / m_intervalMs;
    double rate = current;
    if (m_probing) {
        // A service's window fills a whole window late: never more than twice the rate the
        // requests answered in the last quarter window show, so that a probe does not run
        // away before its 429 comes.
        const double recent = m_windowMs / 4;
        qsizetype admitted = 0;
        for (const double sent : std::as_const(m_admitted))
            admitted += at - sent < recent ? 1 : 0;
        const double cap = qMax(current, 2.0 * 1000.0 * double(admitted) / recent);
        rate = m_jumped ? qMin(2.0 * current, cap) : kProbeJump * current;
        m_jumped = true;
    } else {
        // Back up to the rate found (less the margin) after a 429's tenth off; never above
        // it, so that no probe (a 429, a whole window's wait) comes while it holds.
        const double ceiling = m_foundRate / kPaceMargin;
        rate = qMax(current, qMin(current + m_foundRate * kSteadyStep, ceiling));
    }
    m_intervalMs = 1000.0 / rate;
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
            ApiJob *job = m_client->send(spec);
            m_jobs.append(job);
            m_sentAt.insert(job, now());
            const double scale = m_client->retryDelayScale();
            // The job waits and retries on its own, keeping its slot; nobody else starts
            // meanwhile. After cancel() it is not sent again.
            connect(job, &ApiJob::rateLimited, this, [this, job, scale](int, int waitSeconds) {
                learnRate(waitSeconds, m_sentAt.value(job));
                const qint64 wait = qint64(waitSeconds * 1000 * scale);
                m_sentAt.insert(job, now() + double(wait)); // when it is sent again
                noteSend(now() + double(wait));
                pauseFor(wait);
                if (m_cancelled)
                    job->cancel();
            });
            connect(job, &ApiJob::finished, this,
                    [this, job, spec, receiver, done, resends, scale](const ApiResult &result) {
                        m_jobs.removeOne(job);
                        const double sentAt = m_sentAt.take(job);
                        release();
                        if (result.httpStatus != 429) {
                            while (!m_admitted.isEmpty() && sentAt - m_admitted.first() > 60000)
                                m_admitted.removeFirst();
                            m_admitted.append(sentAt);
                        }
                        if (!receiver)
                            return;
                        if (result.httpStatus == 429 && resends < kMaxRateLimitResends) {
                            const int wait = result.error.retryAfterSeconds > 0
                                                 ? result.error.retryAfterSeconds
                                                 : 1;
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
