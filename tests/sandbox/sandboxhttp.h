#pragma once

// A plain QNetworkAccessManager helper for the sandbox tests: one blocking-by-spy request.
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

namespace sandboxtest
{

// What came back for one request.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(QLatin1String("message")).toString(); }
};

// Sends requests to the sandbox at apiRoot with a bearer token (none when empty).
class HttpClient
{
public:
    HttpClient(const QString &apiRoot, const QString &token) : m_root(apiRoot), m_token(token) {}

    void setToken(const QString &token) { m_token = token; }

    // path is relative to the API root ("/workspaces?max=2") or a full URL.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    bool jsonContentType = true)
    {
        const QUrl url = path.startsWith(QLatin1String("http")) ? QUrl(path) : QUrl(m_root + path);
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (jsonContentType && !body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = reply->isFinished() || spy.wait(10000);
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QString m_root;
    QString m_token;
    QNetworkAccessManager m_nam;
};

} // namespace sandboxtest
