#pragma once

#include "app/client/httprequest.h"
#include "models/criteria.h"
#include "models/syncplan.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace seqring
{

// The one request builder: every request the app sends (create; read, change and delete
// of the sequential ring settings and criteria; workspaces, licenses, locations,
// schedules, people/me) is made here, with one header set (make()) and one paging
// helper (listPage()). Every request carries ?orgId= when the context has one.
class ApiRequests
{
public:
    // POST .../workspaces/{workspaceId}/sequentialRing/criteria with the criteria's JSON.
    static HttpRequestSpec createCriteria(const Criteria &criteria, const RequestContext &context,
                                          const QString &trackingId = newTrackingId());
    // GET .../workspaces/{workspaceId}/sequentialRing
    static HttpRequestSpec getSequentialRing(const RequestContext &context);
    // PUT .../workspaces/{workspaceId}/sequentialRing with a JSON body
    static HttpRequestSpec putSequentialRing(const RequestContext &context, const QByteArray &json,
                                             const QString &trackingId = newTrackingId());
    // GET, PUT, DELETE .../sequentialRing/criteria/{criteriaId}
    static HttpRequestSpec getCriteria(const RequestContext &context, const QString &criteriaId);
    static HttpRequestSpec putCriteria(const RequestContext &context, const QString &criteriaId,
                                       const QByteArray &json,
                                       const QString &trackingId = newTrackingId());
    static HttpRequestSpec deleteCriteria(const RequestContext &context, const QString &criteriaId);
    // GET {apiRoot}/workspaces/{context.workspaceId}
    // The write of a sync's `action` (the settings' PUT, a criteria's POST, PUT or DELETE);
    // an empty spec for the actions that send nothing (keep, in sync).
    static HttpRequestSpec syncAction(const SyncAction &action, const RequestContext &context);
    static HttpRequestSpec getWorkspace(const RequestContext &context);
    // GET {apiRoot}/people/me
    static HttpRequestSpec getMe(const RequestContext &context);
    // A whole list in one request, for lists that fit one page (tests, small orgs):
    // GET {apiRoot}/workspaces, /licenses, /telephony/config/locations/{id}/schedules.
    static HttpRequestSpec listWorkspaces(const RequestContext &context,
                                          const QUrlQuery &filters = {});
    static HttpRequestSpec listLicenses(const RequestContext &context);
    // GET {apiRoot}/workspaces?displayName={name}&max=1000: the service matches part of the
    // name, so callers keep the exact matches.
    static HttpRequestSpec workspacesNamed(const RequestContext &context, const QString &name);
    static HttpRequestSpec listSchedules(const RequestContext &context, const QString &locationId,
                                         const QUrlQuery &filters = {});
    // GET {apiRoot}/telephony/config/locations/{locationId}/schedules/{type}/{scheduleId}: one
    // schedule with its events.
    static HttpRequestSpec scheduleDetail(const RequestContext &context, const QString &locationId,
                                          ScheduleType type, const QString &scheduleId);
    // GET {apiRoot}/locations/{locationId}: its name and timeZone.
    static HttpRequestSpec location(const RequestContext &context, const QString &locationId);
    // One page of a list: GET {apiRoot}/{path}?{filters}&start={start}&max={max}.
    // Paths: workspacesPath(), "licenses", "locations", schedulesPath(locationId).
    static HttpRequestSpec listPage(const RequestContext &context, const QString &path, int start,
                                    int max, const QUrlQuery &filters = {});
    static QString workspacesPath() { return QStringLiteral("workspaces"); }
    // telephony/config/locations/{locationId}/schedules
    static QString schedulesPath(const QString &locationId);

    // A new SEQRING_<uuid> tracking ID.
    static QString newTrackingId();
    // A request to any URL with the one header set: Authorization, Content-Type:
    // application/json when there is a body, Accept, TrackingID.
    static HttpRequestSpec make(const QByteArray &method, const QUrl &url,
                                const RequestContext &context, const QByteArray &body = {},
                                const QString &trackingId = newTrackingId());
    // {apiRoot}/{path} with the filters and orgId; `path` segments are percent-encoded
    // by the callers through segment().
    static QUrl apiUrl(const RequestContext &context, const QString &path,
                       const QUrlQuery &filters = {});
    // One path segment, percent-encoded (IDs may contain '/', '?', '#', '=').
    static QString segment(const QString &text);

private:
    // telephony/config/workspaces/{workspaceId}/sequentialRing{suffix}
    static QUrl sequentialRingUrl(const RequestContext &context, const QString &suffix = {});
};

} // namespace seqring
