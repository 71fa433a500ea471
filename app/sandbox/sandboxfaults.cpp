#include "app/sandbox/sandboxfaults.h"

#include "app/sandbox/sandboxdata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace seqring::sandbox
{

SandboxFaults::SandboxFaults()
{
    m_clock.start();
}

bool SandboxFaults::isForceable(int status)
{
    static const QList<int> table{200, 201, 202, 204, 400, 401, 403, 404, 405, 409,
                                  410, 415, 423, 428, 429, 500, 502, 503, 504};
    return table.contains(status);
}

void SandboxFaults::setRateLimit(int requests, int windowSeconds, int retryAfterSeconds)
{
    m_rateRequests = requests > 0 && windowSeconds > 0 ? requests : 0;
    m_rateWindowMs = qint64(windowSeconds) * 1000;
    m_retryAfterSeconds = retryAfterSeconds;
    m_hits.clear();
    m_firstHit.clear();
    m_lastHit.clear();
}

bool SandboxFaults::forceStatus(int status, int count, const QByteArray &retryAfter)
{
    if (!isForceable(status))
        return false;
    m_forcedStatus = status;
    m_forcedCount = count;
    m_forcedRetryAfter = retryAfter;
    return true;
}

void SandboxFaults::setOversized(int count, qint64 bytes)
{
    m_oversized = count;
    m_oversizedBytes = bytes;
}

void SandboxFaults::clear()
{
    setRateLimit(0, 0, 1);
    m_forcedStatus = 0;
    m_forcedCount = 0;
    m_forcedRetryAfter.clear();
    m_latency = 0;
    m_drops = 0;
    m_dropsAfterCreate = 0;
    m_dropsAfterDelete = 0;
    m_endlessAfterCreate = 0;
    m_createsOnly = false;
    m_path.clear();
    m_malformed = 0;
    m_oversized = 0;
}

int SandboxFaults::successStatus(const QByteArray &method)
{
    return method == "POST" ? 201 : 200;
}

Reply SandboxFaults::forcedReply(const QByteArray &method, const QString &trackingId) const
{
    Reply reply;
    switch (m_forcedStatus) {
    case 204:
        reply = Reply::empty(204);
        break;
    case 201:
        reply = Reply::json(
            201, QJsonDocument(QJsonObject{{QLatin1String("id"),
                                            SandboxData::newId(QStringLiteral("CRITERIA"))}})
                     .toJson(QJsonDocument::Compact));
        break;
    case 200:
    case 202:
        reply = Reply::json(m_forcedStatus, QByteArrayLiteral("{}"));
        break;
    case 429:
        reply = Reply::empty(429); // like the real service: no body
        break;
    default:
        reply = SandboxErrors::reply(
            {m_forcedStatus,
             QStringLiteral("%1 (forced by the sandbox for %2)")
                 .arg(SandboxErrors::statusMessage(m_forcedStatus), QString::fromLatin1(method)),
             0},
            trackingId);
    }
    if (!m_forcedRetryAfter.isEmpty())
        reply.headers.append({QByteArrayLiteral("Retry-After"), m_forcedRetryAfter});
    return reply;
}

SandboxFaults::Decision SandboxFaults::decide(const QByteArray &method, const QString &path,
                                              const QString &trackingId,
                                              const QByteArray &authorization)
{
    Decision decision;
    const bool targeted =
        (!m_createsOnly || method == "POST") && (m_path.isEmpty() || path == m_path);
    if (m_drops > 0 && targeted) {
        --m_drops;
        decision.drop = true;
        return decision;
    }
    if (m_rateRequests > 0) {
        const qint64 now = m_clock.elapsed();
        QList<qint64> &hits = m_hits[authorization];
        while (!hits.isEmpty() && now - hits.first() >= m_rateWindowMs)
            hits.removeFirst();
        const auto last = m_lastHit.constFind(authorization);
        if (last == m_lastHit.constEnd() || now - last.value() >= 2 * m_rateWindowMs)
            m_firstHit.insert(authorization, now);
        m_lastHit.insert(authorization, now);
        const qint64 first = m_firstHit.value(authorization);
        const int allowed = m_firstWindowRequests > 0 && now - first < m_rateWindowMs
                                ? qMin(m_firstWindowRequests, m_rateRequests)
                                : m_rateRequests;
        if (hits.size() >= allowed) {
            Reply reply = Reply::empty(429); // 429 carries Retry-After and no body
            reply.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(m_retryAfterSeconds)});
            decision.reply = reply;
            return decision;
        }
        hits.append(now);
    }
    if (m_dropsAfterCreate > 0 && method == "POST") {
        --m_dropsAfterCreate;
        decision.dropAfterHandling = true;
        return decision;
    }
    if (m_dropsAfterDelete > 0 && method == "DELETE") {
        --m_dropsAfterDelete;
        decision.dropAfterHandling = true;
        return decision;
    }
    if (m_endlessAfterCreate > 0 && method == "POST") {
        --m_endlessAfterCreate;
        decision.endlessAfterHandling = true;
        return decision;
    }
    if (m_forcedCount > 0 && targeted) {
        --m_forcedCount;
        decision.reply = forcedReply(method, trackingId);
        return decision;
    }
    if (m_malformed > 0) {
        --m_malformed;
        // Cut off in the middle of a string: a client's JSON parser must reject it.
        decision.reply = Reply::json(successStatus(method),
                                     QByteArrayLiteral("{\"id\": \"Y2lzY29zcGFyazovL3VzL0NSSVRF"));
        return decision;
    }
    if (m_oversized > 0) {
        --m_oversized;
        QJsonObject object{{QLatin1String("id"), SandboxData::newId(QStringLiteral("CRITERIA"))},
                           {QLatin1String("padding"),
                            QString(qMax<qint64>(0, m_oversizedBytes), QLatin1Char('x'))}};
        decision.reply = Reply::json(successStatus(method),
                                     QJsonDocument(object).toJson(QJsonDocument::Compact));
        return decision;
    }
    return decision;
}

void SandboxFaults::returnDrop(const QByteArray &method)
{
    if (method == "POST")
        ++m_dropsAfterCreate;
    else if (method == "DELETE")
        ++m_dropsAfterDelete;
}

} // namespace seqring::sandbox
