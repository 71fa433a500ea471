#pragma once

#include "criteriarequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace seqring
{

// Builds the specs of the requests around the create operation (read, change, delete
// sequential ring settings and criteria; list workspaces, licenses and schedules),
// with the same Authorization and TrackingID headers as CriteriaRequest::buildCreate.
// Every request carries ?orgId= when the context has one.
class ApiRequests
{
public:
    // GET .../workspaces/{workspaceId}/sequentialRing
    static HttpRequestSpec getSequentialRing(const RequestContext &context);
    // PUT .../workspaces/{workspaceId}/sequentialRing with a JSON body
    static HttpRequestSpec putSequentialRing(const RequestContext &context, const QByteArray &json);
    // GET, PUT, DELETE .../sequentialRing/criteria/{criteriaId}
    static HttpRequestSpec getCriteria(const RequestContext &context, const QString &criteriaId);
    static HttpRequestSpec putCriteria(const RequestContext &context, const QString &criteriaId,
                                       const QByteArray &json);
    static HttpRequestSpec deleteCriteria(const RequestContext &context, const QString &criteriaId);
    // GET {apiRoot}/workspaces with optional filters (displayName, locationId, max, ...)
    static HttpRequestSpec listWorkspaces(const RequestContext &context,
                                          const QUrlQuery &filters = {});
    // GET {apiRoot}/workspaces/{context.workspaceId}
    static HttpRequestSpec getWorkspace(const RequestContext &context);
    // GET {apiRoot}/licenses
    static HttpRequestSpec listLicenses(const RequestContext &context);
    // One page of a list: GET {apiRoot}/{path}?start={start}&max={max}
    static HttpRequestSpec listPage(const RequestContext &context, const QString &path, int start,
                                    int max);
    // GET {apiRoot}/telephony/config/locations/{locationId}/schedules
    static HttpRequestSpec listSchedules(const RequestContext &context, const QString &locationId,
                                         const QUrlQuery &filters = {});

    // A request to any URL with the context's headers: Authorization, Content-Type:
    // application/json when there is a body, Accept, TrackingID.
    static HttpRequestSpec make(const QByteArray &method, const QUrl &url,
                                const RequestContext &context, const QByteArray &body = {},
                                const QString &trackingId = CriteriaRequest::newTrackingId());
    // {apiRoot}/{path} with the filters and orgId; `path` segments are percent-encoded
    // by the callers through segment().
    static QUrl apiUrl(const RequestContext &context, const QString &path,
                       const QUrlQuery &filters = {});
    // One path segment, percent-encoded (IDs may contain '/', '?', '#', '=').
    static QString segment(const QString &text);
};

} // namespace seqring
