#pragma once

#include "app/client/apijob.h"
#include "app/client/apirequests.h"
#include "app/client/createcriteriajob.h"
#include "app/client/requestlog.h"

#include <QObject>

class QNetworkAccessManager;

namespace seqring
{

// The app's one QNetworkAccessManager and the settings every request shares; hands out
// one job per request. Jobs are children of the client and delete themselves after
// finished().
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTransferTimeoutMs = 30000;
    static constexpr int kDefaultDeadlineMs = 120000;
    static constexpr int kDefaultMaxRetries = 3;
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }
    // Every finished job's request and answer, redacted (Help > Export session log…).
    RequestLog *requestLog() { return &m_log; }
    const RequestLog *requestLog() const { return &m_log; }

    // No progress for this long ends a request with a Timeout error (default 30 s).
    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_options.transferTimeoutMs; }
    // An attempt whose whole exchange takes longer ends with a Timeout error even while
    // bytes keep arriving (default 120 s).
    void setDeadline(int milliseconds);
    int deadline() const { return m_options.deadlineMs; }
    // Automatic retries after 429 (default 3; 0 turns them off). Nothing else is retried.
    void setMaxRetries(int retries);
    int maxRetries() const { return m_options.maxRetries; }
    // Multiplies every Retry-After wait (tests use e.g. 0.01; default 1).
    void setRetryDelayScale(double scale);
    double retryDelayScale() const { return m_options.retryDelayScale; }
    // Answers longer than this are aborted (default 1 MiB).
    void setMaxReplyBytes(qint64 bytes);
    qint64 maxReplyBytes() const { return m_options.maxReplyBytes; }

    // Renews signed-in tokens before a request and once after a 401 (not owned; null: off).
    void setTokenRefresher(TokenRefresher *refresher) { m_options.refresher = refresher; }

    // Sends `spec` as it is (GET, PUT, DELETE, ...). The job is already running;
    // connect to it right away (its signals come from the event loop).
    ApiJob *send(const HttpRequestSpec &spec);
    // Sends a create request built by CriteriaRequest::buildCreate.
    CreateCriteriaJob *createCriteria(const HttpRequestSpec &spec);

private:
    // Starts `job` and keeps its exchange in the session log when it finishes.
    template <typename Job> Job *track(Job *job);

    QNetworkAccessManager *m_manager;
    ApiJobOptions m_options;
    RequestLog m_log;
};

} // namespace seqring
