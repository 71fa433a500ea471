#include "requestgate.h"

#include "apiclient.h"

#include <cmath>

namespace seqring
{

RequestGate::RequestGate(ApiClient *client, int limit, QObject *parent)
    : QObject(parent), m_client(client), m_limit(qMax(1, limit))
{
    m_clock.start();
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &RequestGate::dispatch);
}

void RequestGate::acquire(std::function<void()> task)
{
    m_waiting.append(std::move(task));
    dispatch();
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
        ++m_inUse;
        m_maxInUse = qMax(m_maxInUse, m_inUse);
        const std::function<void()> task = m_waiting.takeFirst();
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
    Q_EMIT paused(int(std::ceil(double(milliseconds) / 1000.0)));
}

void RequestGate::send(const HttpRequestSpec &spec, QObject *receiver,
                       std::function<void(const ApiResult &)> done)
{
    sendAttempt(spec, receiver, std::move(done), 0);
}

void RequestGate::sendAttempt(const HttpRequestSpec &spec, QPointer<QObject> receiver,
                              std::function<void(const ApiResult &)> done, int resends)
{
    acquire([this, spec, receiver, done, resends] {
        ApiJob *job = m_client->send(spec);
        const double scale = m_client->retryDelayScale();
        // The job waits and retries on its own, keeping its slot; nobody else starts
        // meanwhile.
        connect(job, &ApiJob::rateLimited, this, [this, scale](int, int waitSeconds) {
            pauseFor(qint64(waitSeconds * 1000 * scale));
        });
        connect(job, &ApiJob::finished, this,
                [this, spec, receiver, done, resends, scale](const ApiResult &result) {
                    release();
                    if (!receiver)
                        return;
                    if (result.httpStatus == 429 && resends < kMaxRateLimitResends) {
                        const int wait =
                            result.error.retryAfterSeconds > 0 ? result.error.retryAfterSeconds : 1;
                        pauseFor(qint64(wait * 1000 * scale));
                        sendAttempt(spec, receiver, done, resends + 1);
                        return;
                    }
                    done(result);
                });
    });
}

} // namespace seqring
