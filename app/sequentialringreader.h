#pragma once

#include "apijob.h"
#include "apiresult.h"
#include "criteria.h"
#include "httprequest.h"
#include "sequentialringsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace seqring
{

class ApiClient;
class ApiJob;

// Reads a workspace's sequential ring settings and criteria, writes the settings, and
// deletes a criteria.
// One request of each kind at a time; a new one replaces the one in flight.
class SequentialRingReader : public QObject
{
    Q_OBJECT
public:
    explicit SequentialRingReader(ApiClient *client, QObject *parent = nullptr);

    void read(const RequestContext &context);
    void readCriteria(const RequestContext &context, const QString &criteriaId);
    void deleteCriteria(const RequestContext &context, const QString &criteriaId);
    // Sends a PUT …/sequentialRing as it is (the one the settings editor shows), then reads
    // the settings again.
    void writeSettings(const RequestContext &context, const HttpRequestSpec &put);
    void cancel();
    bool isBusy() const { return m_read || m_detail || m_delete || m_write; }

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
    ApiJob *start(QPointer<ApiJob> &slot, const HttpRequestSpec &spec);

    ApiClient *m_client;
    QPointer<ApiJob> m_read;
    QPointer<ApiJob> m_detail;
    QPointer<ApiJob> m_delete;
    QPointer<ApiJob> m_write;
};

} // namespace seqring
