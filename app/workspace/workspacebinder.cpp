#include "app/workspace/workspacebinder.h"

#include "app/client/writeaccess.h"
#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacecontext.h"
#include "models/criteriamodel.h"

#include <utility>

namespace seqring
{

WorkspaceBinder::WorkspaceBinder(ApiClient *client, TargetModel *target, CriteriaModel *model,
                                 QObject *parent)
    : QObject(parent), m_target(target), m_model(model),
      m_context(new WorkspaceContext(client, target, this)),
      m_writeAccess(new WriteAccess(client, this)), m_check(new CreatedCheck(client, this))
{
    setObjectName(QStringLiteral("workspaceBinder"));
    connect(m_context, &WorkspaceContext::schedulesChanged, this, &WorkspaceBinder::applySchedules);
    connect(m_writeAccess, &WriteAccess::changed, this, &WorkspaceBinder::blockedReasonChanged);
    connect(m_target, &TargetModel::targetChanged, this, &WorkspaceBinder::targetChanged);
    connect(m_check, &CreatedCheck::finished, this,
            [this](CreatedCheck::Outcome outcome, const QString &id, const QString &message) {
                if (outcome == CreatedCheck::Outcome::Created)
                    m_context->refreshCriteria(id);
                Q_EMIT checkFinished(outcome, id, message);
            });
}

void WorkspaceBinder::setPageSize(int size)
{
    m_context->setPageSize(size);
}

void WorkspaceBinder::setLookupDelay(int milliseconds)
{
    m_context->setLookupDelay(milliseconds);
}

QString WorkspaceBinder::blockedReason() const
{
    return m_writeAccess->blockedReason(m_target->requestContext());
}

void WorkspaceBinder::releaseLookups()
{
    m_held = false;
    if (std::exchange(m_targetPending, false))
        targetChanged();
}

void WorkspaceBinder::targetChanged()
{
    if (m_held) {
        m_targetPending = true;
        return;
    }
    const RequestContext now = m_target->requestContext();
    if (now.apiRoot.isEmpty() || now.token.isEmpty())
        return;
    const QStringList target{now.apiRoot, now.orgId, now.token};
    if (target == m_lastTarget)
        return; // e.g. the token provider announcing the same token again
    m_lastTarget = target;
    m_writeAccess->check(now);
    m_context->reload();
    Q_EMIT blockedReasonChanged();
}

QList<QPair<QString, ScheduleType>> WorkspaceBinder::scheduleSuggestions() const
{
    QList<QPair<QString, ScheduleType>> suggestions;
    const auto schedules = m_context->schedules();
    for (const ScheduleEntry &entry : schedules.value_or(QList<ScheduleEntry>()))
        suggestions.append({entry.name, entry.type});
    return suggestions;
}

void WorkspaceBinder::applySchedules()
{
    const auto schedules = m_context->schedules();
    QStringList names;
    for (const ScheduleEntry &entry : schedules.value_or(QList<ScheduleEntry>()))
        names.append(entry.name);
    m_model->setKnownSchedules(schedules ? std::optional<QStringList>(names) : std::nullopt);
    Q_EMIT scheduleSuggestionsChanged();
}

void WorkspaceBinder::createStarted(const Criteria &criteria)
{
    m_sent = criteria;
    m_sentTo = m_target->requestContext();
    m_listedBefore.clear();
    if (const auto settings = m_context->settings()) {
        for (const CriteriaSummary &summary : settings->criteria)
            m_listedBefore.append(summary.id);
    }
}

void WorkspaceBinder::createFinished(const ApiResult &result)
{
    m_writeAccess->noteResult(m_sentTo, result);
    if (result.ok && m_sentTo.workspaceId == m_context->workspaceId())
        m_context->refreshCriteria(result.createdId);
}

void WorkspaceBinder::noteResult(const ApiResult &result)
{
    m_writeAccess->noteResult(m_target->requestContext(), result);
}

void WorkspaceBinder::checkCreated()
{
    if (m_check->isBusy())
        return;
    m_check->start(m_sentTo, m_sent, m_listedBefore);
}

} // namespace seqring
