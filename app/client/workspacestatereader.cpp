#include "app/client/workspacestatereader.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"
#include "app/client/sequentialringreader.h"

#include <QTimer>

namespace seqring
{

WorkspaceStateReader::WorkspaceStateReader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<WorkspaceState>();
}

WorkspaceStateReader::~WorkspaceStateReader()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

QString WorkspaceStateReader::cancelledText()
{
    return tr("Cancelled before its state was read.");
}

bool WorkspaceStateReader::isNotLicensed(const ApiResult &result)
{
    if (result.ok || (result.httpStatus != 403 && result.httpStatus != 404))
        return false;
    const QString words = (QStringList{result.error.serverMessage} + result.error.descriptions)
                              .join(QLatin1Char(' '));
    return words.contains(QLatin1String("licens"), Qt::CaseInsensitive) &&
           !words.contains(QLatin1String("scope"), Qt::CaseInsensitive);
}

void WorkspaceStateReader::read(const RequestContext &context, const WorkspaceState &base)
{
    if (m_busy)
        cancel();
    ++m_generation;
    m_busy = true;
    m_context = context;
    m_context.workspaceId = base.id;
    m_base = base;
    m_state = base;
    m_state.settings.reset();
    m_state.criteria.clear();
    m_criteriaIds.clear();
    if (!base.professional) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_busy)
                end(QString());
        });
        return;
    }
    send(ApiRequests::getSequentialRing(m_context),
         [this](const ApiResult &result) { onSettings(result); });
}

void WorkspaceStateReader::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // answers still to come are dropped
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    end(cancelledText());
}

void WorkspaceStateReader::send(const HttpRequestSpec &spec,
                                std::function<void(const ApiResult &)> answered)
{
    const quint64 generation = m_generation;
    auto done = [this, generation, answered](const ApiResult &result) {
        if (generation != m_generation || !m_busy)
            return; // cancelled, or another read began
        m_job = nullptr;
        answered(result);
    };
    if (m_sender) {
        m_sender(spec, this, done);
        return;
    }
    m_job = m_client->send(spec);
    connect(m_job, &ApiJob::finished, this, done);
}

void WorkspaceStateReader::onSettings(const ApiResult &result)
{
    if (!result.ok) {
        if (isNotLicensed(result)) {
            m_state.professional = false;
            end(QString());
            return;
        }
        end(LookupError::describe(result, tr("the sequential ring settings"),
                                  LookupError::workspacesScope()));
        return;
    }
    m_state.professional = true;
    SequentialRingSettings settings = SequentialRingSettings::fromJson(result.json.object());
    for (const CriteriaSummary &summary : settings.criteria)
        m_criteriaIds.append(summary.id);
    settings.criteria.clear();
    m_state.settings = settings;
    readNextCriteria();
}

void WorkspaceStateReader::readNextCriteria()
{
    if (m_criteriaIds.isEmpty()) {
        end(QString());
        return;
    }
    const QString id = m_criteriaIds.takeFirst();
    send(ApiRequests::getCriteria(m_context, id),
         [this, id](const ApiResult &result) { onCriteria(id, result); });
}

void WorkspaceStateReader::onCriteria(const QString &id, const ApiResult &result)
{
    if (!result.ok) {
        if (result.httpStatus == 404 && !isNotLicensed(result)) {
            readNextCriteria(); // deleted since the settings were read: not part of the state
            return;
        }
        end(LookupError::describe(result, tr("the criteria %1").arg(id),
                                  LookupError::workspacesScope()));
        return;
    }
    const Parsed<Criteria> parsed = SequentialRingReader::criteriaFromJson(result.json.object());
    if (!parsed.ok()) {
        end(tr("The criteria %1 could not be read: %2").arg(id, parsed.error));
        return;
    }
    m_state.criteria.append(StoredCriteria{id, *parsed.value, {}});
    readNextCriteria();
}

void WorkspaceStateReader::end(const QString &error)
{
    m_busy = false;
    m_job = nullptr;
    m_criteriaIds.clear();
    const WorkspaceState state = error.isEmpty() ? m_state.normalized(m_region) : m_base;
    m_state = WorkspaceState();
    Q_EMIT finished(state, error);
}

} // namespace seqring
