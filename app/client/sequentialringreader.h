#pragma once

#include "app/client/apijob.h"
#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"
#include "models/criteria.h"
#include "models/sequentialringsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace seqring
{

class ApiClient;
class ApiJob;

// Reads a workspace's sequential ring settings and criteria, writes the settings, and
// deletes a criteria.
// One request of each kind at a time; a new one replaces the one in flight (its answer is
// dropped).
class SequentialRingReader : public QObject
{
    Q_OBJECT
public:
    explicit SequentialRingReader(ApiClient *client, QObject *parent = nullptr);

    // From the next request on, requests go through `sender` instead of the client. cancel()
    // then drops the answers to come; stopping what is on the wire is the sender's part.
    void setSender(RequestSender sender) { m_sender = std::move(sender); }

    void read(const RequestContext &context);
    void readCriteria(const RequestContext &context, const QString &criteriaId);
    void deleteCriteria(const RequestContext &context, const QString &criteriaId);
    // Sends a PUT …/sequentialRing as it is (the one the settings editor shows), then reads
    // the settings again.
    void writeSettings(const RequestContext &context, const HttpRequestSpec &put);
    void cancel();
    bool isBusy() const
    {
        return m_read.pending || m_detail.pending || m_delete.pending || m_write.pending;
    }

    // A criteria of GET …/criteria/{id} as the form's value; keys the create operation
    // does not know (id, …) are ignored, an empty scheduleName means no schedule.
    static Parsed<Criteria> criteriaFromJson(const QJsonObject &object);

Q_SIGNALS:
    void busyChanged(bool busy);
    void settingsRead(const QString &workspaceId, const seqring::SequentialRingSettings &settings);
    void criteriaRead(const QString &criteriaId, const seqring::Criteria &criteria);
    void criteriaDeleted(const QString &criteriaId);
    void settingsWritten(const QString &workspaceId);
    void writeFailed(const seqring::ApiResult &result);
    // A read or delete failed; the message names the missing scope on 401/403.
    void failed(const QString &message, const seqring::ApiResult &result);

private:
    // One kind of request: the one in flight, and a count that tells its answer from the
    // answer of one it replaced.
    struct Slot {
        QPointer<ApiJob> job; // when the client sends it
        quint64 generation = 0;
        bool pending = false;
    };
    // Sends `spec` in `slot`, replacing what was in flight there; `answered` gets its result.
    void start(Slot &slot, const HttpRequestSpec &spec,
               std::function<void(const ApiResult &)> answered);

    ApiClient *m_client;
    RequestSender m_sender;
    Slot m_read;
    Slot m_detail;
    Slot m_delete;
    Slot m_write;
};

} // namespace seqring
