#pragma once

#include "app/sandbox/sandboxdata.h"
#include "app/sandbox/sandboxerrors.h"
#include "app/sandbox/sandboxoauth.h"
#include "app/sandbox/sandboxringapi.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace seqring::sandbox
{

// What the API layer needs of one HTTP request.
struct ApiRequest {
    QByteArray method; // GET, POST, ...
    QString path;      // /v1/...
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
    QString trackingId;
    QString apiRoot; // http://127.0.0.1:PORT/v1, for Link headers
};

// The Webex-compatible endpoints over SandboxData: routing, auth, lookups and answers.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxData *data) : m_data(data), m_ring(data) {}

    Reply handle(const ApiRequest &request);
    // Access tokens issued by sign-in are valid too (not owned).
    void setIssuedTokens(const SandboxOAuth *oauth) { m_oauth = oauth; }
    // The sandbox-only 409 rule (one criteria per schedule and callsFrom); on by default.
    void setDuplicateRuleEnabled(bool enabled) { m_ring.setDuplicateRuleEnabled(enabled); }
    bool isDuplicateRuleEnabled() const { return m_ring.isDuplicateRuleEnabled(); }

private:
    // One request on its way through the handlers.
    struct Context {
        const ApiRequest *request = nullptr;
        TokenInfo token;
        QString orgId;      // the organisation addressed (orgId query or the token's)
        QStringList params; // the {…} segments of the route
        SandboxRingApi::Operation ring = SandboxRingApi::Operation::GetSettings; // of a ring route
    };
    using Handler = Reply (SandboxApi::*)(const Context &);
    // One method on one path pattern, the scope it needs and its handler.
    struct Route {
        QStringList pattern; // "*" matches one segment
        QByteArray method;
        QString scope; // the scope the token needs; empty: any valid token
        Handler handler;
        bool listsOrganisation = false; // lists the items of the organisation addressed
        SandboxRingApi::Operation ring = SandboxRingApi::Operation::GetSettings; // sequentialRing
    };
    static const QList<Route> &routes();

    Reply error(const SandboxError &error, const Context &context) const;
    Reply json(int status, const QJsonObject &object) const;
    Reply paged(const Context &context, const QList<QJsonObject> &items, const QString &key);
    // The addressed workspace, or the 404/403 to answer.
    std::optional<SandboxError> findWorkspace(const Context &context, bool needProfessional,
                                              QJsonObject *workspace) const;

    Reply peopleMe(const Context &context);
    Reply listLicenses(const Context &context);
    Reply listWorkspaces(const Context &context);
    Reply getWorkspace(const Context &context);
    Reply listSchedules(const Context &context);
    // GET …/locations/{id}/schedules/{type}/{scheduleId}: {id, name, type, events}.
    Reply getSchedule(const Context &context);
    Reply listLocations(const Context &context);
    Reply getLocation(const Context &context);
    Reply listNumbers(const Context &context);
    // Locations may be read with either of two scopes; the 403 to answer when neither.
    std::optional<SandboxError> checkLocationScope(const Context &context) const;
    // The six sequential ring endpoints: the workspace found, then SandboxRingApi.
    Reply sequentialRing(const Context &context);

    SandboxData *m_data;
    SandboxRingApi m_ring; // the criteria and settings in m_data
    const SandboxOAuth *m_oauth = nullptr;
};

} // namespace seqring::sandbox
