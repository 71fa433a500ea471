#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <deque>
#include <functional>

class QNetworkReply;

namespace seqring
{

// One exchange as the session log gives it out: redacted, bodies cut.
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

// The last exchanges of the running session, in memory only: the source of Help > Export
// session log… and --har. An exchange is kept as it was (its bodies shared with the
// request and the result, a body longer than kMaxBodyBytes redacted and cut at once) and
// redacted (Redaction) only when entries() is asked for: nothing unredacted leaves it.
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
    // The exchanges kept, oldest first, each redacted now, bodies cut.
    std::deque<RequestLogEntry> entries() const;
    // Each exchange dropped beyond the capacity goes to `onDropped` first, redacted, oldest
    // first (a HarFile writes it), so that a run of any length can be kept whole; without
    // one it is gone.
    void setOnDropped(std::function<void(const RequestLogEntry &)> onDropped)
    {
        m_onDropped = std::move(onDropped);
    }
    // How many exchanges are kept: kCapacity unless set (tests).
    void setCapacity(int capacity) { m_capacity = capacity; }
    size_t size() const { return m_exchanges.size(); }
    void clear() { m_exchanges.clear(); }

    // A body as kept: redacted, at most kMaxBodyBytes of it, with a note of the rest.
    static QString keptBody(const QByteArray &body, const QByteArray &token);

private:
    // A body as recorded: the bytes themselves up to kMaxBodyBytes, else already keptBody().
    struct Body {
        QByteArray raw;
        QString kept; // when the body was longer than kMaxBodyBytes
        qint64 bytes = 0;
    };
    // One exchange as recorded, not yet redacted.
    struct Exchange {
        QDateTime started;
        qint64 timeMs = 0;
        int attempts = 0;
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> requestHeaders;
        Body requestBody;
        int status = 0;
        QString statusText;
        QList<QPair<QByteArray, QByteArray>> responseHeaders;
        Body responseBody;
        QString error;
        QByteArray token; // the request's bearer token, redacted wherever it appears
    };
    static Body bodyOf(const QByteArray &body, const QByteArray &token);
    static QString redactedBody(const Body &body, const QByteArray &token);
    static RequestLogEntry redacted(const Exchange &exchange);

    std::deque<Exchange> m_exchanges;
    int m_capacity = kCapacity;
    std::function<void(const RequestLogEntry &)> m_onDropped;
};

} // namespace seqring
