#include "app/client/sequentialringreader.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"
#include "app/client/lookuperror.h"

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

void SequentialRingReader::start(Slot &slot, const HttpRequestSpec &spec,
                                 std::function<void(const ApiResult &)> answered)
{
    if (slot.job) {
        disconnect(slot.job, nullptr, this, nullptr);
        slot.job->cancel();
    }
    slot.job = nullptr;
    const bool wasBusy = isBusy();
    const quint64 generation = ++slot.generation;
    slot.pending = true;
    auto finish = [this, &slot, generation, answered](const ApiResult &result) {
        if (slot.generation != generation)
            return; // replaced, or cancelled, before this answer came
        slot.job = nullptr;
        slot.pending = false;
        if (!isBusy())
            Q_EMIT busyChanged(false);
        answered(result);
    };
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    if (m_sender) {
        m_sender(spec, this, finish);
        return;
    }
    slot.job = m_client->send(spec);
    connect(slot.job, &ApiJob::finished, this, finish);
}

void SequentialRingReader::read(const RequestContext &context)
{
    const QString workspaceId = context.workspaceId;
    start(m_read, ApiRequests::getSequentialRing(context),
          [this, workspaceId](const ApiResult &result) {
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
    start(m_detail, ApiRequests::getCriteria(context, criteriaId),
          [this, criteriaId](const ApiResult &result) {
              if (!result.ok) {
                  Q_EMIT failed(LookupError::describe(result, tr("the criteria"),
                                                      LookupError::workspacesScope()),
                                result);
                  return;
              }
              const Parsed<Criteria> parsed = criteriaFromJson(result.json.object());
              if (parsed.ok())
                  Q_EMIT criteriaRead(criteriaId, *parsed.value);
              else
                  Q_EMIT failed(
                      tr("The criteria %1 could not be read: %2").arg(criteriaId, parsed.error),
                      result);
          });
}

void SequentialRingReader::deleteCriteria(const RequestContext &context, const QString &criteriaId)
{
    start(m_delete, ApiRequests::deleteCriteria(context, criteriaId),
          [this, criteriaId](const ApiResult &result) {
              if (result.ok)
                  Q_EMIT criteriaDeleted(criteriaId);
              else if (result.error.kind == ApiError::Kind::Http &&
                       (result.error.httpStatus == 401 || result.error.httpStatus == 403))
                  Q_EMIT failed(
                      tr("Deleting the criteria was refused (%1): the token needs the scope "
                         "spark-admin:workspaces_write of a full or location administrator.")
                          .arg(result.error.httpStatus),
                      result);
              else
                  Q_EMIT failed(tr("Deleting the criteria failed: %1").arg(result.error.text()),
                                result);
          });
}

void SequentialRingReader::writeSettings(const RequestContext &context, const HttpRequestSpec &put)
{
    start(m_write, put, [this, context](const ApiResult &result) {
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
    bool dropped = false;
    for (Slot *slot : {&m_read, &m_detail, &m_delete, &m_write}) {
        if (slot->job) {
            slot->job->cancel(); // finishes with Cancelled: its failure is reported
        } else if (slot->pending) {
            ++slot->generation; // given to the sender: its answer is dropped
            slot->pending = false;
            dropped = true;
        }
    }
    if (dropped && !isBusy())
        Q_EMIT busyChanged(false);
}

} // namespace seqring
