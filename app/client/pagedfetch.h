#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/requestsender.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <utility>

namespace seqring
{

class ApiClient;
class ApiJob;

// Reads every page of a Webex list endpoint with start/max, one request at a time, and
// hands back all items at once. A page shorter than max ends the list. finished() comes
// once (also after cancel()); the owner deletes the object.
class PagedFetch : public QObject
{
    Q_OBJECT
public:
    // What is listed: GET {apiRoot}/{path}?{filters}; ApiRequests::listPage adds start, max.
    struct List {
        RequestContext context;
        QString path;
        QUrlQuery filters;
    };
    // Sends each page's request (a bulk run's RequestGate); without one, the client sends it.
    using Sender = RequestSender;
    static constexpr int kDefaultPageSize = 100;
    static constexpr int kMaxPages = 1000; // a guard against a server that never ends

    PagedFetch(ApiClient *client, List list, const QString &itemsKey,
               int pageSize = kDefaultPageSize, QObject *parent = nullptr);
    ~PagedFetch() override;

    // Before start(): the pages go through `sender`.
    void setSender(Sender sender) { m_sender = std::move(sender); }
    void start();
    // Stops the request in flight; finished() follows with a Cancelled error. A page given
    // to a Sender is not stopped: finished() follows its answer.
    void cancel();
    // Lets the request in flight finish but asks for no further page.
    void stopAfterCurrentPage() { m_stopAfterPage = true; }

    bool isRunning() const { return m_started && !m_done; }
    QList<QJsonObject> items() const { return m_items; }
    // The items read and not yet taken, handed over (a reader of many pages that takes them
    // after each page keeps at most one page here).
    QList<QJsonObject> takeItems() { return std::exchange(m_items, {}); }
    int pagesRead() const { return m_pages; }

Q_SIGNALS:
    void pageRead(int pages, int itemsSoFar);
    // result: the last answer; ok when every page was read.
    void finished(const seqring::ApiResult &result);

private:
    void requestPage();
    void onPage(const ApiResult &result);

    ApiClient *m_client;
    Sender m_sender;
    List m_list;
    QString m_key;
    int m_pageSize;
    QPointer<ApiJob> m_job;
    QList<QJsonObject> m_items;
    int m_pages = 0;
    int m_read = 0; // items read so far, taken or not: the next page's start
    bool m_started = false;
    bool m_done = false;
    bool m_stopAfterPage = false;
};

} // namespace seqring
