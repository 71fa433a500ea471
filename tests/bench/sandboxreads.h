#pragma once

// The bench's own reads of a seqring-sandbox process (untimed): what a correct run needs.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace seqring::bench
{

inline const QString kToken = QStringLiteral("sandbox-demo-admin-token");
constexpr int kPage = 100; // the page the engine reads (WorkspaceResolver::kPageSize)

// A GET answered with JSON, waited for; empty with `problem` set otherwise.
inline QJsonObject getJson(QNetworkAccessManager &manager, const QUrl &url, QString *problem)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + kToken.toLatin1());
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        *problem = QStringLiteral("the bench's own GET %1 answered %2").arg(url.path()).arg(status);
        return {};
    }
    return QJsonDocument::fromJson(body).object();
}

// Every item of a paged list, and how many pages a reader of kPage items needs.
inline QList<QJsonObject> listAll(QNetworkAccessManager &manager, const QString &url,
                                  const QString &key, int *pages, QString *problem)
{
    QList<QJsonObject> items;
    *pages = 0;
    for (;;) {
        QUrl page(url);
        page.setQuery(QUrlQuery{{QStringLiteral("start"), QString::number(items.size())},
                                {QStringLiteral("max"), QString::number(kPage)}});
        const QJsonArray got = getJson(manager, page, problem).value(key).toArray();
        ++*pages;
        for (const QJsonValue &item : got)
            items.append(item.toObject());
        if (!problem->isEmpty() || got.size() < kPage)
            return items;
    }
}

// The requests the sandbox has received so far (GET /sandbox/stats).
inline int requestsSoFar(const QString &apiRoot, QString *problem)
{
    QNetworkAccessManager manager;
    QString root = apiRoot;
    root.chop(3); // "/v1"
    return getJson(manager, QUrl(root + QStringLiteral("/sandbox/stats")), problem)
        .value(QLatin1String("requests"))
        .toInt();
}

} // namespace seqring::bench
