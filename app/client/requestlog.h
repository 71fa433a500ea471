#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <deque>

class QNetworkReply;

namespace seqring
{

// One exchange as the session log keeps it: already redacted, bodies cut.
struct RequestLogEntry {
    QDateTime started; // UTC, when the job was started
    qint64 timeMs = 0; // until its answer (all attempts)
    int attempts = 0;
    QString method;
    QString url; // secret query items redacted
    QList<QPair<QString, QString>> requestHeaders;
    QString requestBody;
    qint64 requestBodyBytes = 0; // the full size, before the cut
    int status = 0;              // 0: no HTTP answer
    QString statusText;
    QList<QPair<QString, QString>> responseHeaders;
    QString responseBody;
    qint64 responseBodyBytes = 0;
    QString error; // why it failed without an answer (timeout, network, …)
};

// The last exchanges of the running session, in memory only, redacted before they are
// kept (Redaction): the source of Help > Export session log… and --har.
class RequestLog
{
public:
    static constexpr int kCapacity = 500;
    static constexpr int kMaxBodyBytes = 64 * 1024;

    // Keeps one finished exchange, dropping the oldest beyond kCapacity.
    void record(const HttpRequestSpec &request, const ApiResult &result, const QDateTime &started,
                qint64 timeMs);
    // Keeps an exchange sent around the client (a token request of Qt NetworkAuth): its URL,
    // headers and status from `reply`, the form `requestBody` and the answer `responseBody`,
    // redacted as every other.
    void recordReply(QNetworkReply *reply, const QByteArray &requestBody,
                     const QByteArray &responseBody, const QDateTime &started);
    const std::deque<RequestLogEntry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

    // A body as kept: redacted, at most kMaxBodyBytes of it, with a note of the rest.
    static QString keptBody(const QByteArray &body, const QByteArray &token);

private:
    std::deque<RequestLogEntry> m_entries;
};

} // namespace seqring
