#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/responsereader.h"
#include "app/client/tokenrefresher.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace seqring
{

// Limits and retry settings shared by the jobs of one ApiClient.
struct ApiJobOptions {
    int transferTimeoutMs = 30000;       // no progress for this long: Timeout
    int deadlineMs = 120000;             // one attempt not finished in this long: Timeout
    qint64 readBufferBytes = 64 * 1024;  // what Qt may read ahead of the job
    int maxRedirects = 10;               // more in one attempt: a redirect loop
    int maxRetries = 3;                  // automatic retries after 429, 0 = none
    double retryDelayScale = 1.0;        // tests shrink the Retry-After wait
    qint64 maxReplyBytes = 1024 * 1024;  // larger answers are aborted
    TokenRefresher *refresher = nullptr; // renews a signed-in token; not owned
};

// One request sent exactly as an HttpRequestSpec describes it, with a transfer timeout
// (inactivity), a deadline for each attempt's whole exchange, a reply size limit and a
// bounded read buffer, redirect and http checks, and automatic retries after 429 only.
// Emits finished() exactly once, always from the event loop or from cancel(), then
// deletes itself (deleteLater): do not delete it, and do not keep the pointer past
// finished() (hold it in a QPointer). A 429 retry re-sends the same method, URL, headers
// (the same TrackingID, so support sees one request ID) and body bytes. With a
// TokenRefresher, a token about to expire is renewed before the first attempt, and after a
// 401 the token is renewed once and the request sent once more with the new token (safe
// for a POST too: a 401 was not carried out).
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(QNetworkAccessManager *manager, const HttpRequestSpec &request,
           const ApiJobOptions &options, QObject *parent = nullptr);
    ~ApiJob() override;

    const HttpRequestSpec &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }
    // Waiting out a 429's Retry-After before sending again (nothing of it on the wire).
    bool isWaitingToRetry() const { return m_retryTimer.isActive(); }

    // Sends the first attempt (once; later calls do nothing); ApiClient calls it. A
    // refused URL finishes from the event loop without sending anything.
    void start();

public Q_SLOTS:
    // Stops the request (or the wait before a retry) and finishes with a Cancelled error.
    void cancel();

Q_SIGNALS:
    // 429: the job waits `waitSeconds` and then sends retry number `attempt` (1-based).
    void rateLimited(int attempt, int waitSeconds);
    void finished(const seqring::ApiResult &result);

protected:
    // Lets a subclass check a successful answer (e.g. that a 201 carries an id).
    virtual void checkSuccess(ApiResult &result) const;
    // Said in the error text when a POST may or may not have been carried out.
    virtual QString ambiguityNote() const;
    // Said when a 2xx status came but its body could not be read to the end.
    virtual QString successNote() const;

private:
    void sendAttempt();
    // The bearer token the request carries; replaces it (all later attempts use it).
    QString bearerToken() const;
    void replaceToken(const QString &token);
    // After a 401: renew the token and send again once; false when that cannot be done.
    bool renewAfterUnauthorized(const ApiResult &unauthorized);
    // POST with a body Qt cannot send a second time on its own.
    QNetworkReply *postOnce(QNetworkRequest request);
    void onMetaDataChanged();
    void onReadyRead();
    void onRedirected(const QUrl &url);
    void onReplyFinished();
    void onDeadline();
    void abortWith(ApiError::Kind kind, const QString &problem);
    HttpAnswer collectAnswer() const;
    void detachReply();
    // maybeProcessed: the server may have carried the request out (sets
    // ApiError::ambiguous for a failed POST).
    void finish(ApiResult result, bool maybeProcessed);

    QNetworkAccessManager *m_manager;
    HttpRequestSpec m_request;
    ApiJobOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    QByteArray m_body;
    QTimer m_retryTimer;
    QTimer m_deadline;     // the whole exchange of the current attempt
    QElapsedTimer m_clock; // since start(), for the log
    int m_attempts = 0;
    int m_redirects = 0; // followed in this attempt
    bool m_started = false;
    bool m_finished = false;
    bool m_aborting = false;
    bool m_renewed = false; // the one renewal after a 401 was used
};

} // namespace seqring
