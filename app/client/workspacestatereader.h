#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"
#include "models/workspacestate.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace seqring
{

class ApiClient;
class ApiJob;

// Reads one workspace's whole sequential ring state: GET …/sequentialRing, then every
// criteria whole (GET …/criteria/{id}, since the settings list only summaries), into a
// WorkspaceState normalised as the state file holds it. One read at a time.
class WorkspaceStateReader : public QObject
{
    Q_OBJECT
public:
    WorkspaceStateReader(ApiClient *client, QObject *parent = nullptr);
    ~WorkspaceStateReader() override;

    // From the next read on, requests go through `sender` (a run's RequestGate) instead of
    // the client.
    void setSender(RequestSender sender) { m_sender = std::move(sender); }
    // The region national numbers read back are taken in ("US" unless set).
    void setDefaultRegion(const QString &region) { m_region = region; }

    // Reads the workspace `base` names (id, displayName, locationId, locationName and
    // professional as the listing knew them) with `context`'s API root, org and token. A
    // workspace `base` says is not professional is finished at once, from the event loop,
    // without a request. One the service answers 403 or 404 for because it lacks the
    // Professional license finishes with professional false and no settings. A criteria
    // gone (404) between the settings and its own read is left out. A new read while one is
    // in flight cancels that one first.
    void read(const RequestContext &context, const WorkspaceState &base);
    // Sends nothing more for the read in flight and drops its answers; its finished()
    // comes at once, with cancelledText().
    void cancel();
    bool isBusy() const { return m_busy; }

    // True when `result` refuses the sequential ring because the workspace lacks the
    // Professional license (a 403 or 404 whose words speak of the license).
    static bool isNotLicensed(const ApiResult &result);
    static QString cancelledText();

Q_SIGNALS:
    // Exactly once per read; `error` is empty on success, else one sentence (the state is
    // then `base`, as given).
    void finished(const seqring::WorkspaceState &state, const QString &error);

private:
    void send(const HttpRequestSpec &spec, std::function<void(const ApiResult &)> answered);
    void onSettings(const ApiResult &result);
    void readNextCriteria();
    void onCriteria(const QString &id, const ApiResult &result);
    void end(const QString &error);

    ApiClient *m_client;
    RequestSender m_sender;
    QString m_region = QStringLiteral("US");
    RequestContext m_context;
    WorkspaceState m_base;
    WorkspaceState m_state;
    QList<QString> m_criteriaIds; // still to read, in the order the settings list them
    QPointer<ApiJob> m_job;       // when the client sends
    quint64 m_generation = 0;     // tells the answers of this read from earlier ones
    bool m_busy = false;
};

} // namespace seqring
