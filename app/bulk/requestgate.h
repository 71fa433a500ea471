#pragma once

#include "apiresult.h"
#include "httprequest.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace seqring
{

class ApiClient;

// Bounds the requests of a bulk run: at most `limit` slots in use at once, whatever holds
// them (a request, or a look-up or check that sends its requests one after another). A 429
// pauses the whole run: no slot is handed out until its Retry-After has passed.
class RequestGate : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRateLimitResends = 50;

    RequestGate(ApiClient *client, int limit, QObject *parent = nullptr);

    int limit() const { return m_limit; }
    int inUse() const { return m_inUse; }
    int maxInUse() const { return m_maxInUse; }
    bool isPaused() const { return m_pause.isActive(); }

    // Runs `task` when a slot is free and no pause holds; the task calls release() once,
    // when everything it sent has finished.
    void acquire(std::function<void()> task);
    void release();
    // Sends `spec` in a slot and calls `done` with its result. A 429 pauses the run for its
    // Retry-After; the request is sent again after it (a 429 was not carried out).
    void send(const HttpRequestSpec &spec, QObject *receiver,
              std::function<void(const ApiResult &)> done);
    // No slot is handed out for `milliseconds` (extends a pause, never shortens it).
    void pauseFor(qint64 milliseconds);

Q_SIGNALS:
    // The run waits `seconds` after a 429.
    void paused(int seconds);

private:
    void sendAttempt(const HttpRequestSpec &spec, QPointer<QObject> receiver,
                     std::function<void(const ApiResult &)> done, int resends);
    void dispatch();

    ApiClient *m_client;
    int m_limit;
    int m_inUse = 0;
    int m_maxInUse = 0;
    QList<std::function<void()>> m_waiting;
    QTimer m_pause;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0;
};

} // namespace seqring
