#include "app/client/apijob.h"

#include "app/client/apijobrules.h"
#include "app/client/httplog.h"
#include "app/client/httpstatus.h"
#include "app/client/oneshotbody.h"
#include "app/client/retryafter.h"
#include "models/urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <algorithm>
#include <cmath>
#include <utility>

namespace seqring
{

ApiJob::ApiJob(QNetworkAccessManager *manager, const HttpRequestSpec &request,
               const ApiJobOptions &options, QObject *parent)
    : QObject(parent), m_manager(manager), m_request(request), m_options(options)
{
    m_retryTimer.setSingleShot(true);
    // Never before the Retry-After has passed (a coarse timer may fire 5% early, into the
    // service's window, and meet another 429 and another whole wait).
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiJob::onDeadline);
}

ApiJob::~ApiJob()
{
    detachReply();
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    const QString refused = UrlPolicy::checkRequestUrl(m_request.url);
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, this, [this, refused] {
            finish(ResponseReader::failure(m_request, ApiError::Kind::InsecureUrl, refused), false);
        });
        return;
    }
    TokenRefresher *refresher = m_options.refresher;
    const QString token = bearerToken();
    if (refresher && !token.isEmpty() && refresher->wantsRefresh(token)) {
        refresher->refresh(token, this, [this](const QString &renewed) {
            if (m_finished)
                return;
            if (!renewed.isEmpty())
                replaceToken(renewed);
            sendAttempt(); // with the old token when it could not be renewed: it still works
        });
        return;
    }
    sendAttempt();
}

QString ApiJob::bearerToken() const
{
    const QByteArray prefix("Bearer ");
    for (const auto &header : m_request.headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0 &&
            header.second.startsWith(prefix))
            return QString::fromUtf8(header.second.mid(prefix.size()));
    }
    return {};
}

void ApiJob::replaceToken(const QString &token)
{
    for (auto &header : m_request.headers) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            header.second = "Bearer " + token.toUtf8();
    }
}

bool ApiJob::renewAfterUnauthorized(const ApiResult &unauthorized)
{
    TokenRefresher *refresher = m_options.refresher;
    const QString token = bearerToken();
    if (!refresher || m_renewed || token.isEmpty())
        return false;
    m_renewed = true;
    refresher->refresh(token, this, [this, token, unauthorized](const QString &renewed) {
        if (m_finished)
            return;
        if (renewed.isEmpty() || renewed == token) {
            finish(unauthorized, false);
            return;
        }
        replaceToken(renewed);
        sendAttempt();
    });
    return true;
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_body.clear();
    if (m_options.refresher) {
        // A token renewed since the request was built: send the current one rather than
        // meet a 401 first.
        const QString token = bearerToken();
        const QString current = token.isEmpty() ? token : m_options.refresher->currentToken(token);
        if (!current.isEmpty() && current != token)
            replaceToken(current);
    }
    m_redirects = 0;
    m_currentUrl = m_request.url;

    QNetworkRequest request(m_request.url);
    for (const auto &header : m_request.headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // onRedirected counts them; Qt's own limit is only a backstop.
    request.setMaximumRedirectsAllowed(m_options.maxRedirects + 1);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Stateless: the bearer token is the only credential; no cookies kept or sent.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    const QByteArray &method = m_request.method;
    // Method, URL and tracking ID only: the headers carry the token.
    qCInfo(lcHttp).noquote() << method << m_request.url.toString(QUrl::FullyEncoded) << "attempt"
                             << m_attempts << "TrackingID" << m_request.trackingId;
    if (method == "GET" && m_request.body.isEmpty())
        m_reply = m_manager->get(request);
    else if (method == "DELETE" && m_request.body.isEmpty())
        m_reply = m_manager->deleteResource(request);
    else if (method == "POST")
        m_reply = postOnce(request);
    else if (method == "PUT")
        m_reply = m_manager->put(request, m_request.body);
    else
        m_reply = m_manager->sendCustomRequest(request, method, m_request.body);
    // Qt's HTTP thread stops reading when this much is waiting (an endless body costs this
    // plus the size limit), but it learns the size only once the request started there: a
    // POST starts from the event loop, so the size is set again from there, behind it.
    m_reply->setReadBufferSize(m_options.readBufferBytes);
    QMetaObject::invokeMethod(
        m_reply,
        [reply = m_reply, bytes = m_options.readBufferBytes] {
            if (reply && reply->isRunning())
                reply->setReadBufferSize(bytes);
        },
        Qt::QueuedConnection);
    m_deadline.start(m_options.deadlineMs);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortWith(ApiError::Kind::Cancelled,
                  HttpStatus::networkErrorText(QNetworkReply::OperationCanceledError));
        return;
    }
    m_retryTimer.stop();
    // Waiting before a retry: the last answer was 429, nothing was carried out.
    finish(ResponseReader::failure(
               m_request, ApiError::Kind::Cancelled,
               HttpStatus::networkErrorText(QNetworkReply::OperationCanceledError)),
           false);
}

void ApiJob::onMetaDataChanged()
{
    qint64 headerBytes = 0;
    const auto headers = m_reply->rawHeaderPairs();
    for (const auto &header : headers)
        headerBytes += header.first.size() + header.second.size() + 4;
    if (headerBytes > apijob::kMaxHeaderBytes) {
        abortWith(ApiError::Kind::ReplyTooLarge,
                  tr("The server's reply headers are %1 bytes long, more than the %2 bytes "
                     "this program accepts. It was not read. Check the API address.")
                      .arg(headerBytes)
                      .arg(apijob::kMaxHeaderBytes));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxReplyBytes)
        abortWith(ApiError::Kind::ReplyTooLarge,
                  tr("The server's reply is %1 bytes long, more than the %2 bytes this "
                     "program accepts. It was not read. Check the API address.")
                      .arg(length.toLongLong())
                      .arg(m_options.maxReplyBytes));
}

void ApiJob::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() <= m_options.maxReplyBytes)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (HttpStatus::isSuccess(status)) {
        // The status said the work was done; only the body that followed was refused.
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        const QString answered = reason.isEmpty() ? QString::number(status)
                                                  : QStringLiteral("%1 %2").arg(status).arg(reason);
        abortWith(ApiError::Kind::ReplyTooLarge,
                  tr("The service answered %1 and then sent more than the %2 bytes this "
                     "program accepts, so the rest was not read. %3")
                      .arg(answered)
                      .arg(m_options.maxReplyBytes)
                      .arg(successNote()));
        return;
    }
    abortWith(ApiError::Kind::ReplyTooLarge,
              tr("The server's reply grew beyond the %1 bytes this program accepts, so "
                 "it was not read to the end. Check the API address.")
                  .arg(m_options.maxReplyBytes));
}

void ApiJob::onDeadline()
{
    // A server that trickles its answer keeps the transfer timeout from firing.
    abortWith(ApiError::Kind::Timeout,
              tr("The server did not finish its answer within %n second(s). Check your "
                 "network and the API address, then try again.",
                 nullptr, std::max(1, m_options.deadlineMs / 1000)));
}

void ApiJob::onRedirected(const QUrl &url)
{
    QString refused = UrlPolicy::checkRedirect(m_currentUrl, url);
    if (refused.isEmpty() && ++m_redirects > m_options.maxRedirects)
        refused = HttpStatus::networkErrorText(QNetworkReply::TooManyRedirectsError);
    if (!refused.isEmpty()) {
        abortWith(ApiError::Kind::RedirectRefused, refused);
        return;
    }
    m_currentUrl = url;
    Q_EMIT m_reply->redirectAllowed();
}

HttpAnswer ApiJob::collectAnswer() const
{
    HttpAnswer answer;
    answer.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        answer.protocol = QByteArrayLiteral("HTTP/2");
    answer.reasonPhrase =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    answer.headers = m_reply->rawHeaderPairs();
    answer.body = m_body;
    return answer;
}

void ApiJob::abortWith(ApiError::Kind kind, const QString &problem)
{
    if (m_finished || !m_reply)
        return;
    const HttpAnswer partial = collectAnswer();
    detachReply();
    finish(ResponseReader::failure(m_request, kind, problem, partial),
           apijob::mayHaveBeenProcessed(kind, partial.status));
}

void ApiJob::detachReply()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ApiJob::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    if (m_reply->isOpen())
        m_body += m_reply->readAll();
    const QNetworkReply::NetworkError error = m_reply->error();
    const HttpAnswer answer = collectAnswer();
    detachReply();

    if (apijob::isTransportError(error, answer.status)) {
        // Qt reports its transfer timeout as a cancelled operation; cancel() never
        // gets here, so a cancel seen here is the timeout.
        const bool timeout =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        const int seconds = std::max(1, m_options.transferTimeoutMs / 1000);
        QString problem = HttpStatus::networkErrorText(error);
        if (timeout && answer.status > 0)
            // It answered, then stalled: say so, rather than that it never answered.
            problem = tr("The service answered %1 and then sent nothing more for %n second(s). "
                         "Check your network and try again.",
                         nullptr, seconds)
                          .arg(answer.status);
        else if (timeout)
            problem = tr("The server did not answer within %n second(s). Check your network and "
                         "try again.",
                         nullptr, seconds);
        finish(ResponseReader::failure(m_request,
                                       timeout ? ApiError::Kind::Timeout : ApiError::Kind::Network,
                                       problem, answer),
               timeout || !apijob::failsBeforeSending(error));
        return;
    }

    if (answer.status < 200) {
        // Qt ends some broken exchanges (a redirect chain it gave up on) with no error and
        // no final status (its placeholder is 100): nothing that could be read arrived.
        HttpAnswer none = answer;
        none.status = 0;
        const QString problem =
            HttpStatus::networkErrorText(m_redirects > 0 ? QNetworkReply::TooManyRedirectsError
                                                         : QNetworkReply::ProtocolFailure);
        finish(ResponseReader::failure(m_request, ApiError::Kind::Network, problem, none), true);
        return;
    }
    ApiResult result = ResponseReader::read(m_request, answer);
    if (answer.status == 429 && m_attempts <= m_options.maxRetries) {
        const int wait = RetryAfter::seconds(answer.header(QByteArrayLiteral("Retry-After")));
        Q_EMIT rateLimited(m_attempts, wait);
        if (m_finished) // cancelled from a slot
            return;
        m_retryTimer.start(int(std::lround(wait * 1000.0 * m_options.retryDelayScale)));
        return;
    }
    if (answer.status == 401 && renewAfterUnauthorized(result))
        return;
    if (result.ok)
        checkSuccess(result);
    // A 2xx whose body could not be read (or lacks what it must carry) still did the work.
    const bool maybeProcessed = apijob::mayHaveBeenProcessed(result.error.kind, answer.status);
    finish(std::move(result), maybeProcessed);
}

QNetworkReply *ApiJob::postOnce(QNetworkRequest request)
{
    // Never sent twice by Qt itself (see OneShotBody): unbuffered, with its length.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    auto *body = new OneShotBody(m_request.body);
    QNetworkReply *reply = m_manager->post(request, body);
    body->setParent(reply);
    return reply;
}

void ApiJob::checkSuccess(ApiResult &) const {}

QString ApiJob::successNote() const
{
    return tr("The request was probably carried out.");
}

QString ApiJob::ambiguityNote() const
{
    return tr("The change may or may not have been made. Reload to check before you try "
              "again.");
}

void ApiJob::finish(ApiResult result, bool maybeProcessed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_deadline.stop();
    result.attempts = m_attempts;
    ApiError &error = result.error;
    if (m_request.method == "POST" && error.isError()) {
        error.ambiguous = maybeProcessed;
        if (error.ambiguous)
            error.ambiguityNote = ambiguityNote();
    }
    qCInfo(lcHttp).noquote() << m_request.method << m_request.url.toString(QUrl::FullyEncoded)
                             << "->" << result.httpStatus << (error.isError() ? "failed" : "ok")
                             << "in" << m_clock.elapsed() << "ms";
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace seqring
