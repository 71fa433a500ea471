#include "app/client/requestlog.h"

#include "app/client/redaction.h"
#include "app/client/responsereader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace seqring
{

QString RequestLog::keptBody(const QByteArray &body, const QByteArray &token)
{
    // Redacted whole first, so a secret that straddles the cut is never half kept.
    QString text = Redaction::text(QString::fromUtf8(body), token);
    if (text.size() > kMaxBodyBytes) {
        text.truncate(kMaxBodyBytes);
        text +=
            QStringLiteral("\n[%1 bytes in all; cut at %2]").arg(body.size()).arg(kMaxBodyBytes);
    }
    return text;
}

RequestLog::Body RequestLog::bodyOf(const QByteArray &body, const QByteArray &token)
{
    Body kept;
    kept.bytes = body.size();
    if (body.size() > kMaxBodyBytes)
        kept.kept = keptBody(body, token); // the bound on what is kept holds from the start
    else
        kept.raw = body;
    return kept;
}

QString RequestLog::redactedBody(const Body &body, const QByteArray &token)
{
    return body.bytes > kMaxBodyBytes ? body.kept : keptBody(body.raw, token);
}

void RequestLog::record(const HttpRequestSpec &request, const ApiResult &result,
                        const QDateTime &started, qint64 timeMs)
{
    Exchange exchange;
    exchange.token = ResponseReader::bearerToken(request);
    exchange.started = started;
    exchange.timeMs = timeMs;
    exchange.attempts = result.attempts;
    exchange.method = request.method;
    exchange.url = request.url;
    exchange.requestHeaders = request.headers;
    exchange.requestBody = bodyOf(request.body, exchange.token);
    exchange.status = result.httpStatus;
    exchange.statusText = result.statusMeaning;
    exchange.responseHeaders = result.headers;
    exchange.responseBody = bodyOf(result.body, exchange.token);
    if (result.error.isError() && result.httpStatus == 0)
        exchange.error = result.error.problem;
    m_exchanges.push_back(std::move(exchange));
    while (m_exchanges.size() > size_t(qMax(1, m_capacity))) {
        if (m_onDropped)
            m_onDropped(redacted(m_exchanges.front()));
        m_exchanges.pop_front();
    }
}

std::deque<RequestLogEntry> RequestLog::entries() const
{
    std::deque<RequestLogEntry> entries;
    for (const Exchange &exchange : m_exchanges)
        entries.push_back(redacted(exchange));
    return entries;
}

RequestLogEntry RequestLog::redacted(const Exchange &exchange)
{
    const QByteArray &token = exchange.token;
    RequestLogEntry entry;
    entry.started = exchange.started.toUTC();
    entry.timeMs = exchange.timeMs;
    entry.attempts = exchange.attempts;
    entry.method = QString::fromLatin1(exchange.method);
    entry.url = Redaction::text(Redaction::url(exchange.url).toString(QUrl::FullyEncoded), token);
    entry.requestHeaders = Redaction::headers(exchange.requestHeaders, token);
    entry.requestBody = redactedBody(exchange.requestBody, token);
    entry.requestBodyBytes = exchange.requestBody.bytes;
    entry.status = exchange.status;
    entry.statusText = exchange.statusText;
    entry.responseHeaders = Redaction::headers(exchange.responseHeaders, token);
    entry.responseBody = redactedBody(exchange.responseBody, token);
    entry.responseBodyBytes = exchange.responseBody.bytes;
    entry.error = Redaction::text(exchange.error, token);
    return entry;
}

void RequestLog::recordReply(QNetworkReply *reply, const QByteArray &requestBody,
                             const QByteArray &responseBody, const QDateTime &started)
{
    HttpRequestSpec request;
    request.method = reply->operation() == QNetworkAccessManager::PostOperation
                         ? QByteArrayLiteral("POST")
                         : QByteArrayLiteral("GET");
    request.url = reply->request().url();
    for (const QByteArray &name : reply->request().rawHeaderList())
        request.headers.append({name, reply->request().rawHeader(name)});
    if (!requestBody.isEmpty() && reply->request().rawHeader("Content-Type").isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.body = requestBody;
    ApiResult result;
    result.attempts = 1;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.statusMeaning = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    result.headers = reply->rawHeaderPairs();
    result.body = responseBody;
    if (result.httpStatus == 0 && reply->error() != QNetworkReply::NoError) {
        result.error.kind = ApiError::Kind::Network;
        result.error.problem = reply->errorString();
    }
    record(request, result, started, started.msecsTo(QDateTime::currentDateTimeUtc()));
}

} // namespace seqring
