#include "app/workspace/editcontroller.h"

#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"
#include "app/client/sequentialringreader.h"
#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacecontext.h"
#include "models/criteriadiff.h"
#include "models/criteriamodel.h"

namespace seqring
{

EditController::EditController(ApiClient *client, TargetModel *target, CriteriaModel *model,
                               WorkspaceContext *context, QObject *parent)
    : QObject(parent), m_client(client), m_target(target), m_model(model), m_context(context)
{
    setObjectName(QStringLiteral("editController"));
    // A criteria belongs to its workspace: another workspace ends edit mode.
    connect(m_target, &TargetModel::workspaceIdChanged, this, [this] {
        if (!isEditing())
            return;
        m_id.clear();
        Q_EMIT modeChanged();
    });
}

QString EditController::title() const
{
    return m_loaded.schedule && !m_loaded.schedule->name.isEmpty() ? m_loaded.schedule->name
                                                                   : tr("All hours, all days");
}

QStringList EditController::changes() const
{
    if (!isEditing())
        return {};
    return CriteriaDiff::lines(
        m_loaded, CriteriaDiff::normalized(m_model->criteria(), m_model->defaultRegion()));
}

QString EditController::blockedReason() const
{
    if (!isEditing())
        return {};
    if (changes().isEmpty())
        return tr("Nothing has changed since the criteria was loaded.");
    // A PUT without the schedule keys leaves the schedule as it is (every field of the PUT
    // is optional), and Webex documents no value that clears it.
    if (m_loaded.schedule && !m_model->criteria().schedule)
        return tr("Webex keeps a criteria's schedule when a change leaves it out, so \"Only "
                  "during a schedule\" cannot be turned off here. To ring at all hours, create "
                  "a new criteria without a schedule and delete this one.");
    return {};
}

HttpRequestSpec EditController::request(const RequestContext &context,
                                        const QString &trackingId) const
{
    if (!isEditing())
        return ApiRequests::createCriteria(m_model->criteria(), context, trackingId);
    return ApiRequests::putCriteria(context, m_id, CriteriaJson::toJson(m_model->criteria()),
                                    trackingId);
}

ApiJob *EditController::start(const HttpRequestSpec &spec)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job = m_client->send(spec);
    return m_job;
}

void EditController::startEdit(const QString &criteriaId)
{
    const RequestContext context = m_target->requestContext();
    ApiJob *job = start(ApiRequests::getCriteria(context, criteriaId));
    connect(job, &ApiJob::finished, this, [this, criteriaId](const ApiResult &result) {
        if (!result.ok) {
            Q_EMIT loadFailed(
                LookupError::describe(result, tr("the criteria"), LookupError::workspacesScope()),
                result);
            return;
        }
        const Parsed<Criteria> parsed =
            SequentialRingReader::criteriaFromJson(result.json.object());
        if (!parsed.ok()) {
            Q_EMIT loadFailed(
                tr("The criteria %1 could not be read: %2").arg(criteriaId, parsed.error), result);
            return;
        }
        enter(criteriaId, *parsed.value);
    });
}

void EditController::enter(const QString &criteriaId, const Criteria &criteria)
{
    m_id = criteriaId;
    m_loaded = CriteriaDiff::normalized(criteria, m_model->defaultRegion());
    m_model->setCriteria(m_loaded);
    Q_EMIT modeChanged();
}

void EditController::resume(const QString &criteriaId, const Criteria &loaded)
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_id = criteriaId;
    m_loaded = loaded;
    Q_EMIT modeChanged();
}

void EditController::cancelEdit()
{
    if (m_job)
        m_job->cancel();
    m_id.clear();
    m_loaded = Criteria();
    m_model->setCriteria(Criteria());
    Q_EMIT modeChanged();
}

void EditController::save(const HttpRequestSpec &put)
{
    if (!isEditing() || isBusy())
        return;
    if (const QString reason = blockedReason(); !reason.isEmpty()) {
        Q_EMIT saveRefused(reason); // e.g. the unsaved-changes guard's Save
        return;
    }
    m_pending = put;
    ApiJob *job = start(ApiRequests::getCriteria(m_target->requestContext(), m_id));
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        const Criteria mine = m_model->criteria();
        if (!result.ok && result.error.httpStatus == 404) {
            m_theirs.reset();
            Q_EMIT conflict(mine, std::nullopt);
            return;
        }
        const Parsed<Criteria> parsed =
            result.ok ? SequentialRingReader::criteriaFromJson(result.json.object())
                      : Parsed<Criteria>();
        if (!parsed.ok()) {
            Q_EMIT saveFailed(result, false);
            return;
        }
        const Criteria theirs = CriteriaDiff::normalized(*parsed.value, m_model->defaultRegion());
        if (theirs == m_loaded) {
            overwrite();
            return;
        }
        m_theirs = theirs;
        Q_EMIT conflict(mine, theirs);
    });
}

void EditController::overwrite()
{
    if (isEditing() && !m_pending.method.isEmpty())
        send(m_client->send(m_pending), false);
}

void EditController::loadTheirs()
{
    if (isEditing() && m_theirs)
        enter(m_id, *m_theirs);
}

void EditController::createAgain()
{
    if (!isEditing())
        return;
    const HttpRequestSpec post =
        ApiRequests::createCriteria(m_model->criteria(), m_target->requestContext());
    send(m_client->createCriteria(post), true);
}

void EditController::send(ApiJob *job, bool created)
{
    m_sending = job;
    m_pending = HttpRequestSpec();
    Q_EMIT sendStarted(job);
    connect(job, &ApiJob::finished, this, [this, created](const ApiResult &result) {
        m_sending = nullptr;
        if (!result.ok) {
            Q_EMIT saveFailed(result, !created && result.error.httpStatus == 404);
            return;
        }
        if (created)
            m_id = result.createdId;
        m_loaded = CriteriaDiff::normalized(m_model->criteria(), m_model->defaultRegion());
        m_context->refreshCriteria(m_id, created ? WorkspaceContext::Highlight::Created
                                                 : WorkspaceContext::Highlight::Changed);
        Q_EMIT modeChanged();
        Q_EMIT saved(m_id, created ? tr("The criteria was created again as %1.").arg(m_id)
                                   : tr("Changes to the criteria %1 were saved.").arg(m_id));
    });
}

} // namespace seqring
