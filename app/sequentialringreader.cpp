#include "sequentialringreader.h"

#include "apiclient.h"
#include "apijob.h"
#include "apirequests.h"
#include "lookuperror.h"

#include <QJsonArray>

namespace seqring
{

Parsed<Criteria> SequentialRingReader::criteriaFromJson(const QJsonObject &object)
{
    const QStringList &known = CriteriaJson::keys();
    QJsonObject wire;
    for (const QString &key : known) {
        if (object.contains(key) && !object.value(key).isNull())
            wire.insert(key, object.value(key));
    }
    if (wire.value(QLatin1String("scheduleName")).toString().isEmpty()) {
        wire.remove(QLatin1String("scheduleName"));
        wire.remove(QLatin1String("scheduleType"));
        wire.remove(QLatin1String("scheduleLevel"));
    }
    return CriteriaJson::fromJsonObject(wire);
}

SequentialRingReader::SequentialRingReader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<SequentialRingSettings>();
}

ApiJob *SequentialRingReader::start(QPointer<ApiJob> &slot, const HttpRequestSpec &spec)
{
    if (slot) {
        disconnect(slot, nullptr, this, nullptr);
        slot->cancel();
    }
    const bool wasBusy = isBusy();
    slot = m_client->send(spec);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return slot;
}

void SequentialRingReader::read(const RequestContext &context)
{
    ApiJob *job = start(m_read, ApiRequests::getSequentialRing(context));
    const QString workspaceId = context.workspaceId;
    connect(job, &ApiJob::finished, this, [this, workspaceId](const ApiResult &result) {
        m_read = nullptr;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        if (result.ok)
            Q_EMIT settingsRead(workspaceId,
                                SequentialRingSettings::fromJson(result.json.object()));
        else
            Q_EMIT failed(LookupError::describe(result, tr("the sequential ring settings"),
                                                LookupError::workspacesScope()),
                          result);
    });
}

void SequentialRingReader::readCriteria(const RequestContext &context, const QString &criteriaId)
{
    ApiJob *job = start(m_detail, ApiRequests::getCriteria(context, criteriaId));
    connect(job, &ApiJob::finished, this, [this, criteriaId](const ApiResult &result) {
        m_detail = nullptr;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        if (!result.ok) {
            Q_EMIT failed(
                LookupError::describe(result, tr("the criteria"), LookupError::workspacesScope()),
                result);
            return;
        }
        const Parsed<Criteria> parsed = criteriaFromJson(result.json.object());
        if (parsed.ok())
            Q_EMIT criteriaRead(criteriaId, *parsed.value);
        else
            Q_EMIT failed(tr("The criteria %1 could not be read: %2").arg(criteriaId, parsed.error),
                          result);
    });
}

void SequentialRingReader::deleteCriteria(const RequestContext &context, const QString &criteriaId)
{
    ApiJob *job = start(m_delete, ApiRequests::deleteCriteria(context, criteriaId));
    connect(job, &ApiJob::finished, this, [this, criteriaId](const ApiResult &result) {
        m_delete = nullptr;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        if (result.ok)
            Q_EMIT criteriaDeleted(criteriaId);
        else if (result.error.kind == ApiError::Kind::Http &&
                 (result.error.httpStatus == 401 || result.error.httpStatus == 403))
            Q_EMIT failed(tr("Deleting the criteria was refused (%1): the token needs the scope "
                             "spark-admin:workspaces_write of a full or location administrator.")
                              .arg(result.error.httpStatus),
                          result);
        else
            Q_EMIT failed(tr("Deleting the criteria failed: %1").arg(result.error.text()), result);
    });
}

void SequentialRingReader::writeSettings(const RequestContext &context, const HttpRequestSpec &put)
{
    ApiJob *job = start(m_write, put);
    connect(job, &ApiJob::finished, this, [this, context](const ApiResult &result) {
        m_write = nullptr;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        if (!result.ok) {
            Q_EMIT writeFailed(result);
            return;
        }
        Q_EMIT settingsWritten(context.workspaceId);
        read(context);
    });
}

void SequentialRingReader::cancel()
{
    for (QPointer<ApiJob> *slot : {&m_read, &m_detail, &m_delete, &m_write}) {
        if (*slot)
            (*slot)->cancel();
    }
}

} // namespace seqring
