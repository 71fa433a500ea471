#include "app/client/apiclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <algorithm>

namespace seqring
{

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_options.transferTimeoutMs = kDefaultTransferTimeoutMs;
    m_options.deadlineMs = kDefaultDeadlineMs;
    m_options.maxRetries = kDefaultMaxRetries;
    m_options.maxReplyBytes = kMaxReplyBytes;
}

ApiClient::~ApiClient()
{
    // Jobs first: they abort their replies while the manager still exists.
    const QList<ApiJob *> jobs = findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(jobs);
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_options.transferTimeoutMs = std::max(1, milliseconds);
}

void ApiClient::setDeadline(int milliseconds)
{
    m_options.deadlineMs = std::max(1, milliseconds);
}

void ApiClient::setMaxRetries(int retries)
{
    m_options.maxRetries = std::max(0, retries);
}

void ApiClient::setRetryDelayScale(double scale)
{
    m_options.retryDelayScale = std::max(0.0, scale);
}

void ApiClient::setMaxReplyBytes(qint64 bytes)
{
    m_options.maxReplyBytes = std::max<qint64>(0, bytes);
}

template <typename Job> Job *ApiClient::track(Job *job)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    connect(job, &ApiJob::finished, this, [this, job, started, clock](const ApiResult &result) {
        m_log.record(job->request(), result, started, clock.elapsed());
    });
    job->start();
    return job;
}

ApiJob *ApiClient::send(const HttpRequestSpec &spec)
{
    return track(new ApiJob(m_manager, spec, m_options, this));
}

CreateCriteriaJob *ApiClient::createCriteria(const HttpRequestSpec &spec)
{
    return track(new CreateCriteriaJob(m_manager, spec, m_options, this));
}

} // namespace seqring
