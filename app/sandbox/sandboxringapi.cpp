// The sequential ring endpoints of the sandbox: settings and criteria of a workspace.
#include "app/sandbox/sandboxringapi.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqring::sandbox
{

namespace
{

Reply json(int status, const QJsonObject &object)
{
    return Reply::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Reply error(const SandboxError &error, const RingRequest &request)
{
    return SandboxErrors::reply(error, request.trackingId);
}

Reply saveFailed(const RingRequest &request, const QString &message)
{
    return error({500, message, 500}, request);
}

} // namespace

Reply SandboxRingApi::handle(Operation operation, const RingRequest &request)
{
    switch (operation) {
    case Operation::GetSettings:
        return getSettings(request);
    case Operation::PutSettings:
        return putSettings(request);
    case Operation::CreateCriteria:
        return createCriteria(request);
    case Operation::GetCriteria:
        return getCriteria(request);
    case Operation::PutCriteria:
        return putCriteria(request);
    case Operation::DeleteCriteria:
        return deleteCriteria(request);
    }
    return error({500, QStringLiteral("Unknown sequential ring operation."), 500}, request);
}

std::optional<SandboxError> SandboxRingApi::parseBody(const RingRequest &request, QJsonObject *body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
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

Reply SandboxRingApi::criteriaNotFound(const RingRequest &request)
{
    return error(
        SandboxErrors::notFound(
            QStringLiteral("Criteria %1 was not found on the workspace.").arg(request.criteriaId)),
        request);
}

Reply SandboxRingApi::getSettings(const RingRequest &request) const
{
    QJsonObject settings = m_ring.settings(request.workspaceId);
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
    const QJsonArray criteria = m_ring.criteria(request.workspaceId);
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

Reply SandboxRingApi::putSettings(const RingRequest &request)
{
    QJsonObject patch;
    if (auto failure = parseBody(request, &patch))
        return error(*failure, request);
    QJsonObject stored;
    if (auto failure = CriteriaRules::validateSettingsPatch(
            patch, m_ring.settings(request.workspaceId), &stored))
        return error(*failure, request);
    QString saveError;
    if (!m_ring.setSettings(request.workspaceId, stored, &saveError))
        return saveFailed(request, saveError);
    return Reply::empty(204);
}

Reply SandboxRingApi::createCriteria(const RingRequest &request)
{
    QJsonObject body;
    if (auto failure = parseBody(request, &body))
        return error(*failure, request);
    QJsonObject stored;
    if (auto failure = CriteriaRules::validatePost(body, request.schedules, &stored))
        return error(*failure, request);
    const QJsonArray existing =
        m_duplicateRule ? m_ring.criteria(request.workspaceId) : QJsonArray();
    for (const QJsonValue &other : existing) {
        // SANDBOX rule, not documented for the real service: one criteria per schedule and
        // callsFrom on a workspace, so that clients see and handle a 409.
        if (CriteriaRules::sameKey(other.toObject(), stored))
            return error(
                {409,
                 QStringLiteral("Workspace \"%1\" already has a criteria for schedule \"%2\" and "
                                "callsFrom %3 (id %4); this is a sandbox rule.")
                     .arg(request.workspace.value(QLatin1String("displayName")).toString(),
                          stored.value(QLatin1String("scheduleName")).toString(),
                          stored.value(QLatin1String("callsFrom")).toString(),
                          other.toObject().value(QLatin1String("id")).toString()),
                 25409},
                request);
    }
    QString id;
    QString saveError;
    if (!m_ring.addCriteria(request.workspaceId, stored, &id, &saveError))
        return saveFailed(request, saveError);
    return json(201, QJsonObject{{QLatin1String("id"), id}});
}

Reply SandboxRingApi::getCriteria(const RingRequest &request) const
{
    const QJsonObject stored = m_ring.criterion(request.workspaceId, request.criteriaId);
    if (stored.isEmpty())
        return criteriaNotFound(request);
    return json(200, CriteriaRules::toGetJson(stored));
}

Reply SandboxRingApi::putCriteria(const RingRequest &request)
{
    const QJsonObject existing = m_ring.criterion(request.workspaceId, request.criteriaId);
    if (existing.isEmpty())
        return criteriaNotFound(request);
    QJsonObject patch;
    if (auto failure = parseBody(request, &patch))
        return error(*failure, request);
    QJsonObject stored;
    if (auto failure = CriteriaRules::validatePatch(patch, existing, request.schedules, &stored))
        return error(*failure, request);
    const QJsonArray all = m_duplicateRule ? m_ring.criteria(request.workspaceId) : QJsonArray();
    for (const QJsonValue &other : all) {
        // The same SANDBOX 409 rule as on create, against the other criteria.
        const QJsonObject object = other.toObject();
        if (object.value(QLatin1String("id")).toString() != request.criteriaId &&
            CriteriaRules::sameKey(object, stored))
            return error(
                {409,
                 QStringLiteral("Another criteria (id %1) already has this schedule and callsFrom; "
                                "this is a sandbox rule.")
                     .arg(object.value(QLatin1String("id")).toString()),
                 25409},
                request);
    }
    QString saveError;
    if (!m_ring.replaceCriteria(request.workspaceId, request.criteriaId, stored, &saveError))
        return saveFailed(request, saveError);
    return Reply::empty(204);
}

Reply SandboxRingApi::deleteCriteria(const RingRequest &request)
{
    if (m_ring.criterion(request.workspaceId, request.criteriaId).isEmpty())
        return criteriaNotFound(request);
    QString saveError;
    if (!m_ring.removeCriteria(request.workspaceId, request.criteriaId, &saveError))
        return saveFailed(request, saveError);
    return Reply::empty(204);
}

} // namespace seqring::sandbox
