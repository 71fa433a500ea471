#include "app/client/pagedfetch.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"

#include <QJsonArray>

namespace seqring
{

PagedFetch::PagedFetch(ApiClient *client, List list, const QString &itemsKey, int pageSize,
                       QObject *parent)
    : QObject(parent), m_client(client), m_list(std::move(list)), m_key(itemsKey),
      m_pageSize(qMax(1, pageSize))
{
}

PagedFetch::~PagedFetch()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void PagedFetch::start()
{
    if (m_started)
        return;
    m_started = true;
    requestPage();
}

void PagedFetch::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes with Cancelled, handled in onPage()
}

void PagedFetch::requestPage()
{
    if (m_sender) {
        m_sender(
            ApiRequests::listPage(m_list.context, m_list.path, m_read, m_pageSize, m_list.filters),
            this, [this](const ApiResult &result) { onPage(result); });
        return;
    }
    m_job = m_client->send(
        ApiRequests::listPage(m_list.context, m_list.path, m_read, m_pageSize, m_list.filters));
    connect(m_job, &ApiJob::finished, this, &PagedFetch::onPage);
}

void PagedFetch::onPage(const ApiResult &result)
{
    m_job = nullptr;
    if (!result.ok) {
        m_done = true;
        Q_EMIT finished(result);
        return;
    }
    const QJsonArray page = result.json.object().value(m_key).toArray();
    for (const QJsonValue &item : page)
        m_items.append(item.toObject());
    m_read += int(page.size());
    ++m_pages;
    Q_EMIT pageRead(m_pages, m_read);
    if (page.size() < m_pageSize || m_stopAfterPage || m_pages >= kMaxPages) {
        m_done = true;
        Q_EMIT finished(result);
        return;
    }
    requestPage();
}

} // namespace seqring
