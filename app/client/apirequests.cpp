#include "app/client/apirequests.h"

#include <QStringList>
#include <QUuid>

namespace seqring
{

QString ApiRequests::newTrackingId()
{
    return QStringLiteral("SEQRING_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ApiRequests::segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
}

QUrl ApiRequests::apiUrl(const RequestContext &context, const QString &path,
                         const QUrlQuery &filters)
{
    QString root = context.apiRoot.trimmed();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    QUrl url(root + QLatin1Char('/') + path, QUrl::StrictMode);
    // Every key and value fully percent-encoded ('+' and '=' in base64 IDs included).
    QStringList items;
    const auto pairs = filters.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : pairs) {
        if (key != QLatin1String("orgId"))
            items << segment(key) + QLatin1Char('=') + segment(value);
    }
    if (!context.orgId.trimmed().isEmpty())
        items << QStringLiteral("orgId=") + segment(context.orgId.trimmed());
    if (!items.isEmpty())
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

HttpRequestSpec ApiRequests::make(const QByteArray &method, const QUrl &url,
                                  const RequestContext &context, const QByteArray &body,
                                  const QString &trackingId)
{
    HttpRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.body = body;
    spec.trackingId = trackingId;
    spec.headers.append({QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + context.token.trimmed().toUtf8()});
    if (!body.isEmpty())
        spec.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    spec.headers.append({QByteArrayLiteral("TrackingID"), trackingId.toUtf8()});
    return spec;
}

QUrl ApiRequests::sequentialRingUrl(const RequestContext &context, const QString &suffix)
{
    return apiUrl(context, QStringLiteral("telephony/config/workspaces/") +
                               segment(context.workspaceId) + QStringLiteral("/sequentialRing") +
                               suffix);
}

HttpRequestSpec ApiRequests::createCriteria(const Criteria &criteria, const RequestContext &context,
                                            const QString &trackingId)
{
    return make(QByteArrayLiteral("POST"), sequentialRingUrl(context, QStringLiteral("/criteria")),
                context, CriteriaJson::toJson(criteria), trackingId);
}

HttpRequestSpec ApiRequests::getSequentialRing(const RequestContext &context)
{
    return make(QByteArrayLiteral("GET"), sequentialRingUrl(context), context);
}

HttpRequestSpec ApiRequests::putSequentialRing(const RequestContext &context,
                                               const QByteArray &json, const QString &trackingId)
{
    return make(QByteArrayLiteral("PUT"), sequentialRingUrl(context), context, json, trackingId);
}

HttpRequestSpec ApiRequests::getCriteria(const RequestContext &context, const QString &criteriaId)
{
    return make(QByteArrayLiteral("GET"),
                sequentialRingUrl(context, QStringLiteral("/criteria/") + segment(criteriaId)),
                context);
}

HttpRequestSpec ApiRequests::putCriteria(const RequestContext &context, const QString &criteriaId,
                                         const QByteArray &json, const QString &trackingId)
{
    return make(QByteArrayLiteral("PUT"),
                sequentialRingUrl(context, QStringLiteral("/criteria/") + segment(criteriaId)),
                context, json, trackingId);
}

HttpRequestSpec ApiRequests::deleteCriteria(const RequestContext &context,
                                            const QString &criteriaId)
{
    return make(QByteArrayLiteral("DELETE"),
                sequentialRingUrl(context, QStringLiteral("/criteria/") + segment(criteriaId)),
                context);
}

HttpRequestSpec ApiRequests::syncAction(const SyncAction &action, const RequestContext &context)
{
    switch (action.kind) {
    case SyncAction::Kind::UpdateSettings:
        return putSequentialRing(context, action.settings.toPutJson());
    case SyncAction::Kind::CreateCriteria:
        return createCriteria(action.criteria, context);
    case SyncAction::Kind::UpdateCriteria:
        return putCriteria(context, action.criteriaId, CriteriaJson::toJson(action.criteria));
    case SyncAction::Kind::DeleteCriteria:
        return deleteCriteria(context, action.criteriaId);
    case SyncAction::Kind::KeepCriteria:
    case SyncAction::Kind::InSync:
        break;
    }
    return {};
}

HttpRequestSpec ApiRequests::getWorkspace(const RequestContext &context)
{
    return make(QByteArrayLiteral("GET"),
                apiUrl(context, QStringLiteral("workspaces/") + segment(context.workspaceId)),
                context);
}

HttpRequestSpec ApiRequests::getMe(const RequestContext &context)
{
    return make(QByteArrayLiteral("GET"), apiUrl(context, QStringLiteral("people/me")), context);
}

QString ApiRequests::schedulesPath(const QString &locationId)
{
    return QStringLiteral("telephony/config/locations/") + segment(locationId) +
           QStringLiteral("/schedules");
}

HttpRequestSpec ApiRequests::listWorkspaces(const RequestContext &context, const QUrlQuery &filters)
{
    return make(QByteArrayLiteral("GET"), apiUrl(context, workspacesPath(), filters), context);
}

HttpRequestSpec ApiRequests::workspacesNamed(const RequestContext &context, const QString &name)
{
    const QUrlQuery filters{{QStringLiteral("displayName"), name},
                            {QStringLiteral("max"), QStringLiteral("1000")}};
    return listWorkspaces(context, filters);
}

HttpRequestSpec ApiRequests::listLicenses(const RequestContext &context)
{
    return make(QByteArrayLiteral("GET"), apiUrl(context, QStringLiteral("licenses")), context);
}

HttpRequestSpec ApiRequests::listSchedules(const RequestContext &context, const QString &locationId,
                                           const QUrlQuery &filters)
{
    return make(QByteArrayLiteral("GET"), apiUrl(context, schedulesPath(locationId), filters),
                context);
}

HttpRequestSpec ApiRequests::scheduleDetail(const RequestContext &context,
                                            const QString &locationId, ScheduleType type,
                                            const QString &scheduleId)
{
    return make(QByteArrayLiteral("GET"),
                apiUrl(context, schedulesPath(locationId) + QLatin1Char('/') +
                                    segment(toWire(type)) + QLatin1Char('/') + segment(scheduleId)),
                context);
}

HttpRequestSpec ApiRequests::location(const RequestContext &context, const QString &locationId)
{
    return make(QByteArrayLiteral("GET"),
                apiUrl(context, QStringLiteral("locations/") + segment(locationId)), context);
}

HttpRequestSpec ApiRequests::listPage(const RequestContext &context, const QString &path, int start,
                                      int max, const QUrlQuery &filters)
{
    QUrlQuery query = filters;
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("max"), QString::number(max));
    return make(QByteArrayLiteral("GET"), apiUrl(context, path, query), context);
}

} // namespace seqring
