#include "app/client/cachedlist.h"

#include "app/client/pagedfetch.h"

#include <QCryptographicHash>
#include <QTimer>
#include <utility>

namespace seqring
{

CachedList::CachedList(ApiClient *client, const QString &path, const QString &itemsKey,
                       QObject *parent)
    : QObject(parent), m_client(client), m_path(path), m_itemsKey(itemsKey)
{
}

CachedList::~CachedList() = default;

QString CachedList::sessionKey(const RequestContext &context)
{
    // The token only as a digest: the key says "same token" without keeping another copy.
    const QByteArray digest =
        QCryptographicHash::hash(context.token.toUtf8(), QCryptographicHash::Sha256).toHex();
    return context.apiRoot + QLatin1Char('|') + context.orgId + QLatin1Char('|') +
           QString::fromLatin1(digest);
}

void CachedList::ensure(const RequestContext &context, QObject *receiver,
                        std::function<void()> done)
{
    const QString key = sessionKey(context);
    if (key == m_key && m_loaded) {
        QTimer::singleShot(0, receiver, std::move(done));
        return;
    }
    m_waiters.append({receiver, std::move(done)});
    if (m_fetch && m_fetchKey == key)
        return; // already reading this session's list
    delete m_fetch;
    m_fetchKey = key;
    auto *fetch = new PagedFetch(m_client, {context, m_path, {}}, m_itemsKey, m_pageSize, this);
    m_fetch = fetch;
    connect(fetch, &PagedFetch::finished, this, &CachedList::onFinished);
    if (m_sender)
        fetch->setSender(m_sender);
    fetch->start();
}

void CachedList::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void CachedList::onFinished(const ApiResult &result)
{
    PagedFetch *fetch = m_fetch;
    m_fetch = nullptr;
    ++m_reads;
    if (result.ok) {
        m_items.clear();
        for (const QJsonObject &item : fetch->items())
            m_items.insert(item.value(QLatin1String("id")).toString(), item);
        m_key = m_fetchKey;
        m_loaded = true;
        m_error.clear();
    } else {
        m_loaded = false;
        m_key.clear();
        m_items.clear();
        m_error = describeFailure(result);
    }
    fetch->deleteLater();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.receiver)
            waiter.done();
    }
    if (m_loaded)
        Q_EMIT loaded();
    else
        Q_EMIT failed(m_error);
}

} // namespace seqring
