#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace seqring
{

class ApiClient;
class ApiJob;

// Bounds the requests of a bulk run: at most `limit` requests in flight at once, each in a
// slot of its own (the look-ups and checks send theirs through it too, sender()). A 429
// pauses the whole run: no slot is handed out until its Retry-After has passed. It also
// teaches the gate the rate the service allows: the requests it sent in the Retry-After
// window before the 429 and that were answered are what that window admits (when they are
// at least as many as the slots; a request sent again after a 429 counts from then), so from
// then on it hands out slots no faster than that (3% below it), and never so that one window
// of sends holds as many as that window admitted (a late slot catching up, or jitter, would
// fill the service's window); a run that would otherwise meet a 429 and a whole-second wait
// after every burst goes on at the service's pace instead. The first lesson comes at full
// speed, and a service may throttle its first window harder than the rest, so the gate then
// probes: a tenth of a window after the wait its pace jumps to eight times the rate learned,
// and doubles every tenth of a window while no 429 comes (never beyond twice the rate
// answered in the last quarter window), so that the probe's 429 comes within a fraction of a
// window. The next lesson (the probe's, or any later one) found the service's rate: the gate
// holds it (less 3%) and never rises above it. A 429 that comes while pacing slows the pace
// by a tenth (multiplicative decrease); the pace then rises back by 0.3% of the rate found
// per window with no 429 (additive increase), up to that rate.
// cancel() sends nothing new: what waits for a slot, or waits out a 429 to be sent again, is
// dropped, and its caller told it was not sent.
class RequestGate : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRateLimitResends = 50;
    static constexpr double kPaceMargin = 1.03;  // the interval learned, stretched by 3%
    static constexpr double kProbeJump = 8;      // the probe's first pace, of the rate learned
    static constexpr int kProbeTicks = 10;       // probing rises per window
    static constexpr double kSteadyStep = 0.003; // the rise per window back to the rate found
    static constexpr double kWindowSlack = 0.01; // a window of sends, stretched by 1%
    static constexpr qint64 kAnnouncedExtensionMs = 1000; // a longer pause is paused() again

    RequestGate(ApiClient *client, int limit, QObject *parent = nullptr);

    int limit() const { return m_limit; }
    int inUse() const { return m_inUse; }
    int maxInUse() const { return m_maxInUse; }
    bool isPaused() const { return m_pause.isActive(); }
    // Requests per second the gate keeps to since a 429 taught it; 0: none learned yet.
    double pacedRate() const { return m_intervalMs > 0 ? 1000.0 / m_intervalMs : 0; }

    // Sends `spec` in a slot and calls `done` with its result. A 429 pauses the run for its
    // Retry-After; the request is sent again after it (a 429 was not carried out). After
    // cancel(), or when cancel() comes before it is sent (again), `done` gets a not-sent
    // result (ApiError::Kind::Cancelled, not ambiguous) from the event loop.
    void send(const HttpRequestSpec &spec, QObject *receiver,
              std::function<void(const ApiResult &)> done);
    // send() as a RequestSender, for the readers a run hands its requests to (licenses,
    // schedules, the check after an unclear create).
    RequestSender sender();
    // No slot is handed out for `milliseconds` (extends a pause, never shortens it).
    // Emits paused() when a pause begins, and when it is extended by a second or more.
    void pauseFor(qint64 milliseconds);
    // Sends nothing new: drops the requests waiting for a slot and stops those waiting out a
    // 429 (each gets its not-sent result); requests on the wire finish.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // The result a request gets when it was not sent because of cancel(), and its text.
    static ApiResult notSent(const HttpRequestSpec &spec);
    static QString notSentText();

Q_SIGNALS:
    // The run waits `seconds` after a 429 (once per wait; again when a later 429 extends it
    // by a second or more).
    void paused(int seconds);

private:
    // Runs `task` when a slot is free and no pause holds; the task calls release() once,
    // when its request has finished. When cancel() comes first, `dropped` is called instead
    // (from the event loop).
    void acquire(std::function<void()> task, std::function<void()> dropped);
    void release();
    void sendAttempt(const HttpRequestSpec &spec, QPointer<QObject> receiver,
                     std::function<void(const ApiResult &)> done, int resends);
    void dispatch();
    // A 429 came with this Retry-After to a request sent at `sentAt`: learn the rate from
    // the sends of that window (a request sent before the last lesson teaches nothing).
    // Each request counts from when its last attempt was sent (a retry after a 429 too).
    void learnRate(int retryAfterSeconds, double sentAt);
    // Raises the pace when quiet time has passed since the last rise, lesson or wait: while
    // probing every tenth of a window, else every window, up to the rate found.
    void raisePace(double at);
    // The earliest time of the next send such that no window of sends holds as many as the
    // last lesson's window admitted (stretched by kWindowSlack); 0 while probing, or before
    // a lesson.
    double windowFreesAt() const;
    // A request leaves (or is sent again by its job) at `at`.
    void noteSend(double at);
    double now() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    // A task waiting for a slot, and what to call instead when cancel() drops it.
    struct Waiting {
        std::function<void()> task;
        std::function<void()> dropped;
    };

    ApiClient *m_client;
    int m_limit;
    int m_inUse = 0;
    int m_maxInUse = 0;
    QList<Waiting> m_waiting;
    QList<QPointer<ApiJob>> m_jobs; // sent by send() and not finished
    // When each of them was sent (ms on m_clock), or is sent again after its 429.
    QHash<const ApiJob *, double> m_sentAt;
    bool m_cancelled = false;
    QTimer m_pause;
    QElapsedTimer m_clock;
    qint64 m_pausedUntil = 0;
    QTimer m_pace; // the next paced slot
    // When the requests answered other than 429 were sent (ms on m_clock), the last minute.
    QList<double> m_admitted;
    double m_intervalMs = 0;      // between slots handed out; 0: no pace learned
    double m_nextSlotAt = 0;      // the earliest time of the next slot while pacing
    double m_learnedAt = -1;      // when the pace was last learned
    double m_windowMs = 0;        // the service's window, from the last lesson
    QList<double> m_sends;        // the last sends (ms on m_clock), at most a window's admits
    qsizetype m_windowAdmits = 0; // what the last lesson's window admitted
    double m_foundRate = 0;       // requests per second the last lesson's window admitted
    bool m_probing = false;       // the last lesson came at full speed: probing above it
    bool m_jumped = false;        // the probe's first jump is made
    double m_raisedAt = 0;        // the last rise, lesson or end of a wait
};

} // namespace seqring
