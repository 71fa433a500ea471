// The sequential ring endpoints of SandboxApi: settings and criteria of a workspace.
#include "app/sandbox/sandboxapi.h"
#include "app/sandbox/sandboxvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqring::sandbox
{

std::optional<SandboxError> SandboxApi::parseBody(const Context &context, QJsonObject *body) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(context.request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SandboxErrors::badRequest(
            QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return SandboxErrors::badRequest(QStringLiteral("The request body must be a JSON object."));
    *body = doc.object();
    return std::nullopt;
}

QList<ScheduleRef> SandboxApi::schedulesOf(const QJsonObject &workspace) const
{
    QList<ScheduleRef> result;
    const QString locationId = workspace.value(QLatin1String("locationId")).toString();
    for (const QJsonObject &schedule : m_data->schedules(locationId))
        result.append({schedule.value(QLatin1String("name")).toString(),
                       schedule.value(QLatin1String("type")).toString()});
    return result;
}

Reply SandboxApi::saveFailed(const Context &context, const QString &message) const
{
    return error({500, message, 500}, context);
}

Reply SandboxApi::getSettings(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    const QString workspaceId = context.params.value(0);
    QJsonObject settings = m_ring.settings(workspaceId);
    // The GET shape: the base location rings as a string, five number slots (unused ones
    // without phoneNumber), and a summary of each criteria.
    settings.insert(
        QLatin1String("baseLocationNumberOfRings"),
        QString::number(settings.value(QLatin1String("baseLocationNumberOfRings")).toInt(2)));
    QJsonArray numbers = settings.value(QLatin1String("phoneNumbers")).toArray();
    while (numbers.size() < CriteriaRules::maxRingNumbers)
        numbers.append(QJsonObject{{QLatin1String("answerConfirmationRequiredEnabled"), false},
                                   {QLatin1String("numberOfRings"), 2}});
    settings.insert(QLatin1String("phoneNumbers"), numbers);
    QJsonArray summaries;
    const QJsonArray criteria = m_ring.criteria(workspaceId);
    for (const QJsonValue &value : criteria) {
        const QJsonObject entry = value.toObject();
        const bool any =
            entry.value(QLatin1String("callsFrom")).toString() == QLatin1String("ANY_PHONE_NUMBER");
        summaries.append(QJsonObject{
            {QLatin1String("id"), entry.value(QLatin1String("id"))},
            {QLatin1String("scheduleName"), entry.value(QLatin1String("scheduleName")).toString()},
            {QLatin1String("source"),
             any ? QStringLiteral("ALL_NUMBERS") : QStringLiteral("SPECIFIC_NUMBERS")},
            {QLatin1String("ringEnabled"), entry.value(QLatin1String("ringEnabled"))}});
    }
    settings.insert(QLatin1String("criteria"), summaries);
    return json(200, settings);
}

Reply SandboxApi::putSettings(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    QJsonObject patch;
    if (auto failure = parseBody(context, &patch))
        return error(*failure, context);
    const QString workspaceId = context.params.value(0);
    QJsonObject stored;
    if (auto failure =
            CriteriaRules::validateSettingsPatch(patch, m_ring.settings(workspaceId), &stored))
        return error(*failure, context);
    QString saveError;
    if (!m_ring.setSettings(workspaceId, stored, &saveError))
        return saveFailed(context, saveError);
    return Reply::empty(204);
}

Reply SandboxApi::createCriteria(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    QJsonObject body;
    if (auto failure = parseBody(context, &body))
        return error(*failure, context);
    QJsonObject stored;
    if (auto failure = CriteriaRules::validatePost(body, schedulesOf(workspace), &stored))
        return error(*failure, context);
    const QString workspaceId = context.params.value(0);
    const QJsonArray existing = m_duplicateRule ? m_ring.criteria(workspaceId) : QJsonArray();
    for (const QJsonValue &other : existing) {
        // SANDBOX rule, not documented for the real service: one criteria per schedule and
        // callsFrom on a workspace, so that clients see and handle a 409.
        if (CriteriaRules::sameKey(other.toObject(), stored))
            return error(
                {409,
                 QStringLiteral("Workspace \"%1\" already has a criteria for schedule \"%2\" and "
                                "callsFrom %3 (id %4); this is a sandbox rule.")
                     .arg(workspace.value(QLatin1String("displayName")).toString(),
                          stored.value(QLatin1String("scheduleName")).toString(),
                          stored.value(QLatin1String("callsFrom")).toString(),
                          other.toObject().value(QLatin1String("id")).toString()),
                 25409},
                context);
    }
    QString id;
    QString saveError;
    if (!m_ring.addCriteria(workspaceId, stored, &id, &saveError))
        return saveFailed(context, saveError);
    return json(201, QJsonObject{{QLatin1String("id"), id}});
}

Reply SandboxApi::getCriteria(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    const QJsonObject stored = m_ring.criterion(context.params.value(0), context.params.value(1));
    if (stored.isEmpty())
        return error(
            SandboxErrors::notFound(QStringLiteral("Criteria %1 was not found on the workspace.")
                                        .arg(context.params.value(1))),
            context);
    return json(200, CriteriaRules::toGetJson(stored));
}

Reply SandboxApi::putCriteria(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    const QString workspaceId = context.params.value(0);
    const QString criteriaId = context.params.value(1);
    const QJsonObject existing = m_ring.criterion(workspaceId, criteriaId);
    if (existing.isEmpty())
        return error(
            SandboxErrors::notFound(
                QStringLiteral("Criteria %1 was not found on the workspace.").arg(criteriaId)),
            context);
    QJsonObject patch;
    if (auto failure = parseBody(context, &patch))
        return error(*failure, context);
    QJsonObject stored;
    if (auto failure =
            CriteriaRules::validatePatch(patch, existing, schedulesOf(workspace), &stored))
        return error(*failure, context);
    const QJsonArray all = m_duplicateRule ? m_ring.criteria(workspaceId) : QJsonArray();
    for (const QJsonValue &other : all) {
        // The same SANDBOX 409 rule as on create, against the other criteria.
        const QJsonObject object = other.toObject();
        if (object.value(QLatin1String("id")).toString() != criteriaId &&
            CriteriaRules::sameKey(object, stored))
            return error(
                {409,
                 QStringLiteral("Another criteria (id %1) already has this schedule and callsFrom; "
                                "this is a sandbox rule.")
                     .arg(object.value(QLatin1String("id")).toString()),
                 25409},
                context);
    }
    QString saveError;
    if (!m_ring.replaceCriteria(workspaceId, criteriaId, stored, &saveError))
        return saveFailed(context, saveError);
    return Reply::empty(204);
}

Reply SandboxApi::deleteCriteria(const Context &context)
{
    QJsonObject workspace;
    if (auto failure = findWorkspace(context, true, &workspace))
        return error(*failure, context);
    const QString workspaceId = context.params.value(0);
    const QString criteriaId = context.params.value(1);
    if (m_ring.criterion(workspaceId, criteriaId).isEmpty())
        return error(
            SandboxErrors::notFound(
                QStringLiteral("Criteria %1 was not found on the workspace.").arg(criteriaId)),
            context);
    QString saveError;
    if (!m_ring.removeCriteria(workspaceId, criteriaId, &saveError))
        return saveFailed(context, saveError);
    return Reply::empty(204);
}

} // namespace seqring::sandbox
