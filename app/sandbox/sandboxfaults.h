#pragma once

#include "app/sandbox/sandboxerrors.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace seqring::sandbox
{

// Fault injection: rate limit, forced statuses, latency, drops, malformed and oversized replies.
class SandboxFaults
{
public:
    // What to do with one request before it is routed.
    struct Decision {
        bool drop = false;                 // close the connection unanswered
        bool dropAfterHandling = false;    // carry the request out, then close unanswered
        bool endlessAfterHandling = false; // carry it out, then a 2xx whose body never ends
        std::optional<Reply> reply;        // answer this instead of routing
    };

    SandboxFaults();

    // Counts the request against every active fault; called once per request, first. The
    // rate limit is kept per token (the Authorization header).
    Decision decide(const QByteArray &method, const QString &path, const QString &trackingId,
                    const QByteArray &authorization = {});

    void setRateLimit(int requests, int windowSeconds, int retryAfterSeconds);
    // The rate limit's first window of each token's run admits only `requests` (0: as the
    // rest): a service under load when a run starts. A run starts with a token's first
    // request, or its first after two windows without one.
    void setFirstWindowLimit(int requests) { m_firstWindowRequests = requests; }
    // False (and nothing changes) when status is not in the operation's status table.
    bool forceStatus(int status, int count, const QByteArray &retryAfter);
    static bool isForceable(int status);
    void setLatency(int milliseconds) { m_latency = milliseconds; }
    int latency() const { return m_latency; }
    void setDrops(int count) { m_drops = count; }
    void setMalformed(int count) { m_malformed = count; }
    void setOversized(int count, qint64 bytes);
    // Forced statuses and drops hit only creates (POST); other requests pass.
    void setCreatesOnly(bool createsOnly) { m_createsOnly = createsOnly; }
    // Forced statuses and drops hit only requests to `path` (e.g. "/v1/licenses"); empty:
    // any path.
    void setPath(const QString &path) { m_path = path; }
    // The next `count` creates are carried out, then their connection is closed unanswered.
    void setDropsAfterCreate(int count) { m_dropsAfterCreate = count; }
    // The next `count` deletes are carried out, then their connection is closed unanswered.
    void setDropsAfterDelete(int count) { m_dropsAfterDelete = count; }
    // A request decided dropAfterHandling carried nothing out (an error answer, e.g. the
    // 404 of a delete Qt sent again): it is answered, and its drop goes to the next one.
    void returnDrop(const QByteArray &method);
    // The next `count` creates are carried out, then answered 201 with a body that never
    // ends, chunked or not.
    void setEndlessAfterCreate(int count, bool chunked)
    {
        m_endlessAfterCreate = count;
        m_endlessChunked = chunked;
    }
    bool endlessChunked() const { return m_endlessChunked; }
    void clear();

private:
    static int successStatus(const QByteArray &method);
    Reply forcedReply(const QByteArray &method, const QString &trackingId) const;

    QElapsedTimer m_clock;
    QHash<QByteArray, QList<qint64>> m_hits; // per token: times (ms) inside the window
    int m_rateRequests = 0;
    int m_firstWindowRequests = 0;
    QHash<QByteArray, qint64> m_firstHit; // per token: the first request of its run (ms)
    QHash<QByteArray, qint64> m_lastHit;  // per token: its last request (ms)
    qint64 m_rateWindowMs = 0;
    int m_retryAfterSeconds = 1;
    int m_forcedStatus = 0;
    int m_forcedCount = 0;
    QByteArray m_forcedRetryAfter;
    int m_latency = 0;
    int m_drops = 0;
    int m_dropsAfterCreate = 0;
    int m_dropsAfterDelete = 0;
    int m_endlessAfterCreate = 0;
    bool m_endlessChunked = true;
    bool m_createsOnly = false;
    QString m_path;
    int m_malformed = 0;
    int m_oversized = 0;
    qint64 m_oversizedBytes = 2 * 1024 * 1024;
};

} // namespace seqring::sandbox
