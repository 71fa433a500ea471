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

void RequestLog::record(const HttpRequestSpec &request, const ApiResult &result,
                        const QDateTime &started, qint64 timeMs)
{
    const QByteArray token = ResponseReader::bearerToken(request);
    RequestLogEntry entry;
    entry.started = started.toUTC();
    entry.timeMs = timeMs;
    entry.attempts = result.attempts;
    entry.method = QString::fromLatin1(request.method);
    entry.url = Redaction::text(Redaction::url(request.url).toString(QUrl::FullyEncoded), token);
    entry.requestHeaders = Redaction::headers(request.headers, token);
    entry.requestBody = keptBody(request.body, token);
    entry.requestBodyBytes = request.body.size();
    entry.status = result.httpStatus;
    entry.statusText = result.statusMeaning;
    entry.responseHeaders = Redaction::headers(result.headers, token);
    entry.responseBody = keptBody(result.body, token);
    entry.responseBodyBytes = result.body.size();
    if (result.error.isError() && result.httpStatus == 0)
        entry.error = Redaction::text(result.error.problem, token);
    m_entries.push_back(std::move(entry));
    while (m_entries.size() > size_t(kCapacity))
        m_entries.pop_front();
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
