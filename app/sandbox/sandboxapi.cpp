#include "app/sandbox/sandboxapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace seqring::sandbox
{

namespace
{

const QString kRead = QStringLiteral("spark-admin:workspaces_read");
const QString kWrite = QStringLiteral("spark-admin:workspaces_write");
const QString kTelephonyRead = QStringLiteral("spark-admin:telephony_config_read");
const QString kLicensesRead = QStringLiteral("spark-admin:licenses_read");

bool matches(const QStringList &pattern, const QStringList &segments, QStringList *params)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList captured;
    for (int i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == QLatin1String("*"))
            captured.append(segments.at(i));
        else if (pattern.at(i) != segments.at(i))
            return false;
    }
    *params = captured;
    return true;
}

} // namespace

const QList<SandboxApi::Route> &SandboxApi::routes()
{
    const QString ring = QStringLiteral("telephony/config/workspaces/*/sequentialRing");
    const QString criteria = ring + QLatin1String("/criteria");
    const QString oneCriteria = criteria + QLatin1String("/*");
    const auto p = [](const QString &path) { return path.split(QLatin1Char('/')); };
    using Ring = SandboxRingApi::Operation;
    static const QList<Route> table{
        {p(QStringLiteral("people/me")), "GET", QString(), &SandboxApi::peopleMe},
        {p(QStringLiteral("licenses")), "GET", kLicensesRead, &SandboxApi::listLicenses, true},
        {p(QStringLiteral("workspaces")), "GET", kRead, &SandboxApi::listWorkspaces, true},
        {p(QStringLiteral("workspaces/*")), "GET", kRead, &SandboxApi::getWorkspace},
        // Either workspaces_read or telephony_config_read: checked in the handlers.
        {p(QStringLiteral("locations")), "GET", QString(), &SandboxApi::listLocations, true},
        {p(QStringLiteral("locations/*")), "GET", QString(), &SandboxApi::getLocation},
        {p(QStringLiteral("telephony/config/locations/*/schedules")), "GET", kTelephonyRead,
         &SandboxApi::listSchedules},
        {p(QStringLiteral("telephony/config/numbers")), "GET", kTelephonyRead,
         &SandboxApi::listNumbers},
        {p(QStringLiteral("telephony/config/locations/*/schedules/*/*")), "GET", kTelephonyRead,
         &SandboxApi::getSchedule},
        {p(ring), "GET", kRead, &SandboxApi::sequentialRing, false, Ring::GetSettings},
        {p(ring), "PUT", kWrite, &SandboxApi::sequentialRing, false, Ring::PutSettings},
        {p(criteria), "POST", kWrite, &SandboxApi::sequentialRing, false, Ring::CreateCriteria},
        {p(oneCriteria), "GET", kRead, &SandboxApi::sequentialRing, false, Ring::GetCriteria},
        {p(oneCriteria), "PUT", kWrite, &SandboxApi::sequentialRing, false, Ring::PutCriteria},
        {p(oneCriteria), "DELETE", kWrite, &SandboxApi::sequentialRing, false,
         Ring::DeleteCriteria},
    };
    return table;
}

Reply SandboxApi::handle(const ApiRequest &request)
{
    Context context;
    context.request = &request;
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Route *route = nullptr;
    QByteArrayList allowed; // the methods of the path, for 405
    if (!segments.isEmpty() && segments.first() == QLatin1String("v1")) {
        segments.removeFirst();
        for (const Route &candidate : routes()) {
            QStringList params;
            if (!matches(candidate.pattern, segments, &params))
                continue;
            allowed.append(candidate.method);
            if (candidate.method == request.method) {
                route = &candidate;
                context.params = params;
                context.ring = candidate.ring;
            }
        }
    }
    if (allowed.isEmpty())
        return error(SandboxErrors::notFound(
                         QStringLiteral("There is no API at %1 in the sandbox.").arg(request.path)),
                     context);
    if (!route) {
        Reply reply = error({405,
                             QStringLiteral("Method %1 is not allowed on %2.")
                                 .arg(QString::fromLatin1(request.method), request.path),
                             405},
                            context);
        reply.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        return reply;
    }

    const QByteArray bearer("Bearer ");
    if (request.authorization.startsWith(bearer)) {
        const QString token = QString::fromUtf8(request.authorization.mid(bearer.size()));
        context.token = m_data->token(token);
        if (!context.token.isValid() && m_oauth)
            context.token = m_oauth->tokenInfo(token);
    }
    if (!context.token.isValid())
        return error(SandboxErrors::unauthorized(), context);
    context.orgId = request.query.queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded);
    if (context.orgId.isEmpty())
        context.orgId = context.token.orgId;

    if (!route->scope.isEmpty() && !context.token.hasScope(route->scope))
        return error(SandboxErrors::forbiddenScope(route->scope), context);
    // A list of another organisation's items is refused; one item of it is not found (in
    // the handler, as the real service answers).
    if (route->listsOrganisation && context.orgId != context.token.orgId)
        return error(SandboxErrors::forbiddenOrganisation(context.orgId), context);
    if (request.method == "POST" || request.method == "PUT") {
        if (!request.contentType.trimmed().toLower().startsWith("application/json"))
            return error(SandboxErrors::unsupportedMediaType(request.contentType), context);
    }
    return (this->*route->handler)(context);
}

Reply SandboxApi::error(const SandboxError &error, const Context &context) const
{
    return SandboxErrors::reply(error, context.request->trackingId);
}

Reply SandboxApi::json(int status, const QJsonObject &object) const
{
    return Reply::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Reply SandboxApi::paged(const Context &context, const QList<QJsonObject> &items, const QString &key)
{
    const QUrlQuery &query = context.request->query;
    int bounds[2] = {0, 100};
    const QString names[2] = {QStringLiteral("start"), QStringLiteral("max")};
    for (int i = 0; i < 2; ++i) {
        if (!query.hasQueryItem(names[i]))
            continue;
        const QString text = query.queryItemValue(names[i]);
        bool ok = false;
        bounds[i] = text.toInt(&ok);
        if (!ok || bounds[i] < (i == 0 ? 0 : 1))
            return error(
                SandboxErrors::badRequest(
                    QStringLiteral("Query parameter \"%1\" must be a whole number of at least %2, "
                                   "got \"%3\".")
                        .arg(names[i])
                        .arg(i == 0 ? 0 : 1)
                        .arg(text)),
                context);
    }
    const int start = bounds[0];
    const int max = bounds[1];
    QJsonArray page;
    for (int i = start; i < items.size() && i < start + max; ++i)
        page.append(items.at(i));
    Reply reply = json(200, QJsonObject{{key, page}});
    if (start + max < items.size()) {
        QUrl next(context.request->apiRoot + context.request->path.mid(3));
        QUrlQuery nextQuery = query;
        nextQuery.removeAllQueryItems(names[0]);
        nextQuery.removeAllQueryItems(names[1]);
        nextQuery.addQueryItem(names[0], QString::number(start + max));
        nextQuery.addQueryItem(names[1], QString::number(max));
        next.setQuery(nextQuery);
        reply.headers.append({QByteArrayLiteral("Link"),
                              '<' + next.toEncoded() + QByteArrayLiteral(">; rel=\"next\"")});
    }
    return reply;
}

std::optional<SandboxError> SandboxApi::findWorkspace(const Context &context, bool needProfessional,
                                                      QJsonObject *workspace) const
{
    const QString id = context.params.value(0);
    // As the real service does, a workspace of another organisation is simply not found.
    if (context.orgId == context.token.orgId)
        *workspace = m_data->workspace(id, context.orgId);
    if (workspace->isEmpty())
        return SandboxErrors::notFound(
            QStringLiteral("Workspace %1 was not found in the organisation.").arg(id));
    if (needProfessional && !m_data->isProfessional(*workspace))
        return SandboxErrors::notProfessional(
            workspace->value(QLatin1String("displayName")).toString());
    return std::nullopt;
}

Reply SandboxApi::peopleMe(const Context &context)
{
    return json(200, m_data->person(context.token.personId));
}

Reply SandboxApi::listLicenses(const Context &context)
{
    QList<QJsonObject> items = m_data->licenses(context.orgId);
    for (QJsonObject &item : items)
        item.remove(QLatin1String("orgId"));
    return paged(context, items, QStringLiteral("items"));
}

Reply SandboxApi::listWorkspaces(const Context &context)
{
    const QUrlQuery &query = context.request->query;
    const QString name = query.queryItemValue(QStringLiteral("displayName"), QUrl::FullyDecoded);
    const QString locationId =
        query.queryItemValue(QStringLiteral("locationId"), QUrl::FullyDecoded);
    const QString calling = query.queryItemValue(QStringLiteral("calling"), QUrl::FullyDecoded);
    QList<QJsonObject> items;
    for (const QJsonObject &item : m_data->workspaces(context.orgId)) {
        if (!name.isEmpty() && !item.value(QLatin1String("displayName"))
                                    .toString()
                                    .contains(name, Qt::CaseInsensitive))
            continue;
        if (!locationId.isEmpty() &&
            item.value(QLatin1String("locationId")).toString() != locationId)
            continue;
        if (!calling.isEmpty() && item.value(QLatin1String("calling"))
                                          .toObject()
                                          .value(QLatin1String("type"))
                                          .toString() != calling)
            continue;
        items.append(item);
    }
    return paged(context, items, QStringLiteral("items"));
}

Reply SandboxApi::getWorkspace(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, false, &workspace))
        return error(*failure, context);
    return json(200, workspace);
}

Reply SandboxApi::listSchedules(const Context &context)
{
    const QString locationId = context.params.value(0);
    QJsonObject location;
    if (context.orgId == context.token.orgId)
        location = m_data->location(locationId, context.orgId);
    if (location.isEmpty())
        return error(
            SandboxErrors::notFound(QStringLiteral("Location %1 was not found.").arg(locationId)),
            context);
    const QUrlQuery &query = context.request->query;
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    const QString type = query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded);
    QList<QJsonObject> items;
    for (QJsonObject schedule : m_data->schedules(locationId)) {
        if ((!name.isEmpty() && schedule.value(QLatin1String("name")).toString() != name) ||
            (!type.isEmpty() && schedule.value(QLatin1String("type")).toString() != type))
            continue;
        schedule.insert(QLatin1String("locationName"), location.value(QLatin1String("name")));
        schedule.remove(QLatin1String("events")); // only GET …/schedules/{type}/{id} has them
        items.append(schedule);
    }
    return paged(context, items, QStringLiteral("schedules"));
}

Reply SandboxApi::getSchedule(const Context &context)
{
    const QString locationId = context.params.value(0);
    const QString type = context.params.value(1);
    const QString id = context.params.value(2);
    if (context.orgId != context.token.orgId ||
        m_data->location(locationId, context.orgId).isEmpty())
        return error(
            SandboxErrors::notFound(QStringLiteral("Location %1 was not found.").arg(locationId)),
            context);
    if (type != QLatin1String("businessHours") && type != QLatin1String("holidays"))
        return error(
            SandboxErrors::badRequest(
                QStringLiteral("The schedule type \"%1\" is not businessHours or holidays.")
                    .arg(type)),
            context);
    for (const QJsonObject &schedule : m_data->schedules(locationId)) {
        if (schedule.value(QLatin1String("id")).toString() != id ||
            schedule.value(QLatin1String("type")).toString() != type)
            continue;
        QJsonObject answer;
        for (const char *key : {"id", "name", "type"})
            answer.insert(QLatin1String(key), schedule.value(QLatin1String(key)));
        answer.insert(QLatin1String("events"),
                      schedule.value(QLatin1String("events")).toArray()); // [] when it has none
        return json(200, answer);
    }
    return error(
        SandboxErrors::notFound(QStringLiteral("The %1 schedule %2 was not found at location %3.")
                                    .arg(type, id, locationId)),
        context);
}

std::optional<SandboxError> SandboxApi::checkLocationScope(const Context &context) const
{
    if (context.token.hasScope(kRead) || context.token.hasScope(kTelephonyRead))
        return std::nullopt;
    return SandboxErrors::forbiddenScope(kRead);
}

Reply SandboxApi::listLocations(const Context &context)
{
    if (auto failure = checkLocationScope(context))
        return error(*failure, context);
    const QString name =
        context.request->query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    QList<QJsonObject> items;
    for (const QJsonObject &item : m_data->locations(context.orgId)) {
        if (!name.isEmpty() &&
            !item.value(QLatin1String("name")).toString().contains(name, Qt::CaseInsensitive))
            continue;
        items.append(item);
    }
    return paged(context, items, QStringLiteral("items"));
}

Reply SandboxApi::getLocation(const Context &context)
{
    if (auto failure = checkLocationScope(context))
        return error(*failure, context);
    const QString id = context.params.value(0);
    QJsonObject location;
    if (context.orgId == context.token.orgId)
        location = m_data->location(id, context.orgId);
    if (location.isEmpty())
        return error(SandboxErrors::notFound(QStringLiteral("Location %1 was not found.").arg(id)),
                     context);
    return json(200, location);
}

Reply SandboxApi::listNumbers(const Context &context)
{
    if (context.orgId != context.token.orgId)
        return error(
            {403,
             QStringLiteral("The access token may not read organisation %1.").arg(context.orgId),
             25403},
            context);
    const QUrlQuery &query = context.request->query;
    const QString locationId =
        query.queryItemValue(QStringLiteral("locationId"), QUrl::FullyDecoded);
    const QString number = query.queryItemValue(QStringLiteral("phoneNumber"), QUrl::FullyDecoded);
    QList<QJsonObject> items;
    for (QJsonObject item : m_data->numbers(context.orgId)) {
        const QString itemLocation =
            item.value(QLatin1String("location")).toObject().value(QLatin1String("id")).toString();
        if ((!locationId.isEmpty() && itemLocation != locationId) ||
            (!number.isEmpty() &&
             !item.value(QLatin1String("phoneNumber")).toString().contains(number)))
            continue;
        item.remove(QLatin1String("orgId"));
        items.append(item);
    }
    return paged(context, items, QStringLiteral("phoneNumbers"));
}

Reply SandboxApi::sequentialRing(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    RingRequest request;
    request.workspaceId = context.params.value(0);
    request.criteriaId = context.params.value(1);
    const QString locationId = workspace.value(QLatin1String("locationId")).toString();
    for (const QJsonObject &schedule : m_data->schedules(locationId))
        request.schedules.append({schedule.value(QLatin1String("name")).toString(),
                                  schedule.value(QLatin1String("type")).toString()});
    request.workspace = std::move(workspace);
    request.body = context.request->body;
    request.trackingId = context.request->trackingId;
    return m_ring.handle(context.ring, request);
}

} // namespace seqring::sandbox
