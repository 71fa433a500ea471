#pragma once

#include "app/sandbox/sandboxerrors.h"
#include "app/sandbox/sandboxringstore.h"
#include "app/sandbox/sandboxvalidation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace seqring::sandbox
{

class SandboxData;

// One request to a workspace's sequential ring, once SandboxApi has routed it, checked the
// token's scope and found the workspace (a Professional one of the organisation addressed).
struct RingRequest {
    QJsonObject workspace;
    QString workspaceId;
    QString criteriaId;           // of …/criteria/{id}; empty on the other paths
    QList<ScheduleRef> schedules; // of the workspace's location
    QByteArray body;              // POST and PUT
    QString trackingId;
};

// The sequential ring endpoints of the sandbox: a workspace's settings and its criteria, kept
// in SandboxRingStore, with the service's rules (CriteriaRules) and the sandbox's 409 rule.
class SandboxRingApi
{
public:
    // The six endpoints, each one method on one path.
    enum class Operation {
        GetSettings,
        PutSettings,
        CreateCriteria,
        GetCriteria,
        PutCriteria,
        DeleteCriteria
    };

    explicit SandboxRingApi(SandboxData *data) : m_ring(data) {}

    // The answer to `request` for `operation`: JSON, an empty 204, or the service's error.
    Reply handle(Operation operation, const RingRequest &request);
    // The sandbox-only 409 rule (one criteria per schedule and callsFrom); on by default.
    void setDuplicateRuleEnabled(bool enabled) { m_duplicateRule = enabled; }
    bool isDuplicateRuleEnabled() const { return m_duplicateRule; }

private:
    Reply getSettings(const RingRequest &request) const;
    Reply putSettings(const RingRequest &request);
    Reply createCriteria(const RingRequest &request);
    Reply getCriteria(const RingRequest &request) const;
    Reply putCriteria(const RingRequest &request);
    Reply deleteCriteria(const RingRequest &request);
    // The body as a JSON object, or the 400 to answer.
    static std::optional<SandboxError> parseBody(const RingRequest &request, QJsonObject *body);
    // The 404 of a criteria ID the workspace does not have.
    static Reply criteriaNotFound(const RingRequest &request);

    SandboxRingStore m_ring;
    bool m_duplicateRule = true;
};

} // namespace seqring::sandbox
