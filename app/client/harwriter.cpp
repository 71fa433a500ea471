#include "app/client/harwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

namespace seqring
{

namespace
{

QJsonArray nameValues(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &pair : pairs)
        array.append(QJsonObject{{QStringLiteral("name"), pair.first},
                                 {QStringLiteral("value"), pair.second}});
    return array;
}

QString headerValue(const QList<QPair<QString, QString>> &headers, const QString &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QJsonObject requestOf(const RequestLogEntry &entry)
{
    const QUrl url(entry.url);
    QList<QPair<QString, QString>> query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.append(item);
    QJsonObject request{{QStringLiteral("method"), entry.method},
                        {QStringLiteral("url"), entry.url},
                        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headers"), nameValues(entry.requestHeaders)},
                        {QStringLiteral("queryString"), nameValues(query)},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), entry.requestBodyBytes}};
    if (entry.requestBodyBytes > 0) {
        QString type = headerValue(entry.requestHeaders, QStringLiteral("Content-Type"));
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), type},
                                   {QStringLiteral("params"), QJsonArray()},
                                   {QStringLiteral("text"), entry.requestBody}});
    }
    return request;
}

QJsonObject responseOf(const RequestLogEntry &entry)
{
    QJsonObject content{{QStringLiteral("size"), entry.responseBodyBytes},
                        {QStringLiteral("mimeType"),
                         headerValue(entry.responseHeaders, QStringLiteral("Content-Type"))},
                        {QStringLiteral("text"), entry.responseBody}};
    QJsonObject response{
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("statusText"), entry.statusText},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(entry.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"),
         headerValue(entry.responseHeaders, QStringLiteral("Location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), entry.status == 0 ? -1 : entry.responseBodyBytes}};
    if (!entry.error.isEmpty())
        response.insert(QStringLiteral("_error"), entry.error); // custom fields start with _
    return response;
}

} // namespace

QJsonObject HarWriter::entryOf(const RequestLogEntry &entry)
{
    // Only the total is measured; HAR needs send, wait and receive, so it is all wait.
    const QJsonObject timings{{QStringLiteral("send"), 0},
                              {QStringLiteral("wait"), entry.timeMs},
                              {QStringLiteral("receive"), 0}};
    QJsonObject item{{QStringLiteral("startedDateTime"), entry.started.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("time"), entry.timeMs},
                     {QStringLiteral("request"), requestOf(entry)},
                     {QStringLiteral("response"), responseOf(entry)},
                     {QStringLiteral("cache"), QJsonObject()},
                     {QStringLiteral("timings"), timings}};
    if (entry.attempts > 1)
        item.insert(QStringLiteral("comment"),
                    QStringLiteral("%1 attempts (429 retries)").arg(entry.attempts));
    return item;
}

QJsonObject HarWriter::logOf(const QJsonArray &entries)
{
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("seqring-admin")},
                              {QStringLiteral("version"), QCoreApplication::applicationVersion()}};
    return {{QStringLiteral("version"), QStringLiteral("1.2")},
            {QStringLiteral("creator"), creator},
            {QStringLiteral("pages"), QJsonArray()},
            {QStringLiteral("entries"), entries}};
}

QJsonDocument HarWriter::toHar(const RequestLog &log)
{
    QJsonArray entries;
    for (const RequestLogEntry &entry : log.entries()) // made now, redacted
        entries.append(entryOf(entry));
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), logOf(entries)}});
}

QString HarWriter::write(const QString &path, const RequestLog &log)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHar(log).toJson()) < 0 || !file.commit())
        return writeFailure(path, file.errorString());
    return {};
}

QString HarWriter::writeFailure(const QString &path, const QString &why)
{
    return tr("The session log could not be written to %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace seqring
