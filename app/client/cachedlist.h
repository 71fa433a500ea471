#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/pagedfetch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace seqring
{

class ApiClient;

// A list read once per session (API root, organisation and token) and kept in memory,
// keyed by "id": the base of the license and location catalogs.
class CachedList : public QObject
{
    Q_OBJECT
public:
    // `path`: the list under the API root, e.g. "licenses".
    CachedList(ApiClient *client, const QString &path, const QString &itemsKey,
               QObject *parent = nullptr);
    ~CachedList() override;

    void setPageSize(int size) { m_pageSize = size; }
    // The list's pages go through `sender` (PagedFetch::setSender) from now on.
    void setSender(PagedFetch::Sender sender) { m_sender = std::move(sender); }

    // Calls `done` (once, from here or later from the event loop) when the list of this
    // session is known or could not be read; reads it only when not cached. `receiver`
    // guards the call.
    void ensure(const RequestContext &context, QObject *receiver, std::function<void()> done);
    void cancel();

    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; } // why the last read failed, else empty
    QJsonObject item(const QString &id) const { return m_items.value(id); }
    QList<QJsonObject> items() const { return m_items.values(); }
    int reads() const { return m_reads; } // requests of complete lists, for tests

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

protected:
    // The sentence for a failed read (e.g. naming the scope).
    virtual QString describeFailure(const ApiResult &result) const = 0;

private:
    // One waiting caller.
    struct Waiter {
        QPointer<QObject> receiver;
        std::function<void()> done;
    };
    static QString sessionKey(const RequestContext &context);
    void onFinished(const ApiResult &result);

    ApiClient *m_client;
    QString m_path;
    QString m_itemsKey;
    int m_pageSize = 100;
    PagedFetch::Sender m_sender;
    QString m_key;      // the session of m_items
    QString m_fetchKey; // the session being read
    QHash<QString, QJsonObject> m_items;
    bool m_loaded = false;
    QString m_error;
    QPointer<PagedFetch> m_fetch;
    QList<Waiter> m_waiters;
    int m_reads = 0;
};

} // namespace seqring
