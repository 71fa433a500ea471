#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace seqring::sandbox
{

// One request as the sandbox received it, for tests to assert what went over the wire.
struct RecordedRequest {
    QByteArray method;
    QString path; // e.g. /v1/telephony/config/workspaces/ID/sequentialRing/criteria
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// What the sandbox received: every request in order, and how many were in flight at once
// (received, not yet answered or dropped), for tests and for GET /sandbox/stats.
class SandboxRecorder
{
public:
    // A request came in: it is kept and counts as in flight until finished().
    void received(const RecordedRequest &request);
    // A request received was answered, dropped or handed to a body without end.
    void finished() { --m_inFlight; }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }
    int maxInFlight() const { return m_maxInFlight; }
    // {"requests", "creates", "deletes", "writes" (POST, PUT and DELETE), "inFlight",
    // "maxInFlight"}, compact JSON.
    QByteArray statsJson() const;

private:
    QList<RecordedRequest> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0; // since the start
};

} // namespace seqring::sandbox
