#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/sandboxapi.h"
#include "app/sandbox/sandboxdata.h"
#include "app/sandbox/sandboxendlesschunks.h"
#include "app/sandbox/sandboxerrors.h"
#include "app/sandbox/sandboxfaults.h"
#include "app/sandbox/sandboxhttpserver.h"
#include "app/sandbox/sandboxlog.h"
#include "app/sandbox/sandboxoauth.h"
#include "app/sandbox/sandboxringstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace seqring::sandbox
{

namespace
{

// What the log says of one request: its method and path only, and how long it took.
struct RequestLine {
    QByteArray method;
    QByteArray path; // percent-encoded, so that no path can break or forge a log line
    QElapsedTimer timer;
};

// The debug line of a request handled: "GET /v1/workspaces -> 200 in 3 ms".
void logHandled(const RequestLine &line, const QByteArray &outcome)
{
    qCDebug(lcSandbox, "%s %s -> %s in %lld ms", line.method.constData(), line.path.constData(),
            outcome.constData(), static_cast<long long>(line.timer.elapsed()));
}

} // namespace

// The state behind SandboxServer: data, API, faults, the listening socket and the record.
class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q) : q(q), api(&data), oauth(&data)
    {
        api.setIssuedTokens(&oauth);
    }

    void handle(const QHttpServerRequest &request, const SandboxHttpServer::ResponderPtr &responder,
                const QPointer<QTcpSocket> &socket);
    void deliver(const SandboxHttpServer::ResponderPtr &responder,
                 const QPointer<QTcpSocket> &socket, const std::optional<Reply> &reply,
                 const RequestLine &line);

    SandboxServer *q;
    SandboxData data;
    SandboxApi api;
    SandboxOAuth oauth;
    SandboxFaults faults;
    std::unique_ptr<SandboxHttpServer> http;
    QPointer<QTcpServer> tcpServer;
    SandboxRecorder recorder;
};

void SandboxServer::Private::handle(const QHttpServerRequest &request,
                                    const SandboxHttpServer::ResponderPtr &responder,
                                    const QPointer<QTcpSocket> &socket)
{
    RequestLine line;
    line.timer.start();
    if (request.url().path() == SandboxServer::statsPath()) {
        // The sandbox's own counters, for tests of other processes; not an API request.
        SandboxHttpServer::writeReply(*responder, Reply::json(200, q->statsJson()));
        return;
    }
    RecordedRequest record;
    record.method = SandboxHttpServer::methodName(request.method());
    line.method = record.method;
    line.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    record.path = request.url().path();
    record.query = request.query();
    record.headers = SandboxHttpServer::headersOf(request);
    record.body = request.body();
    recorder.received(record);
    Q_EMIT q->requestReceived(record);

    QString trackingId = QString::fromUtf8(record.header(QByteArrayLiteral("TrackingID")));
    if (trackingId.isEmpty())
        trackingId = QLatin1String("SANDBOX_") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const SandboxFaults::Decision decision = faults.decide(
        record.method, record.path, trackingId, record.header(QByteArrayLiteral("Authorization")));
    std::optional<Reply> reply = decision.reply;
    if (!reply && !decision.drop) {
        ApiRequest apiRequest;
        apiRequest.method = record.method;
        apiRequest.path = record.path;
        apiRequest.query = record.query;
        apiRequest.authorization = record.header(QByteArrayLiteral("Authorization"));
        apiRequest.contentType = record.header(QByteArrayLiteral("Content-Type"));
        apiRequest.body = record.body;
        apiRequest.trackingId = trackingId;
        apiRequest.apiRoot = q->apiRoot();
        if (SandboxOAuth::handles(record.path))
            reply = oauth.handle(record.method, record.path, record.query, apiRequest.contentType,
                                 record.body, trackingId);
        else
            reply = api.handle(apiRequest);
        if (decision.dropAfterHandling && reply && reply->status / 100 == 2)
            reply.reset(); // carried out, but the answer never leaves
        else if (decision.dropAfterHandling)
            faults.returnDrop(record.method); // nothing carried out: no answer to lose
        if (decision.endlessAfterHandling && reply && reply->status / 100 == 2 && socket) {
            recorder.finished();
            logHandled(line, "201, a body without end");
            EndlessChunks::start(socket, trackingId.toUtf8(), faults.endlessChunked());
            return;
        }
    }
    if (reply)
        reply->headers.append({QByteArrayLiteral("trackingid"), trackingId.toUtf8()});

    const int latency = faults.latency();
    if (latency <= 0) {
        deliver(responder, socket, reply, line);
        return;
    }
    QTimer::singleShot(latency, q, [this, responder, socket, reply, line] {
        deliver(responder, socket, reply, line);
    });
}

void SandboxServer::Private::deliver(const SandboxHttpServer::ResponderPtr &responder,
                                     const QPointer<QTcpSocket> &socket,
                                     const std::optional<Reply> &reply, const RequestLine &line)
{
    recorder.finished();
    if (!reply) {
        // Dropped: close the connection without an answer, once Qt is done with the request.
        // The unused responder goes first (when the caller lets it go), the socket after.
        logHandled(line, QByteArrayLiteral("dropped unanswered"));
        QTimer::singleShot(0, q, [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // The responder writes straight to the socket: skip it if the client went away meanwhile.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        logHandled(line, QByteArray::number(reply->status) + " not sent, the client left");
        return;
    }
#endif
    SandboxHttpServer::writeReply(*responder, *reply);
    logHandled(line, QByteArray::number(reply->status));
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::loadData(const QByteArray &json, QString *error)
{
    return d->data.load(json, error);
}

bool SandboxServer::useStateFile(const QString &path, QString *error)
{
    return d->data.useStateFile(path, error);
}

bool SandboxServer::start(quint16 port, QString *error)
{
    if (d->tcpServer && d->tcpServer->isListening())
        return true;
    Private *p = d.get();
    d->http = std::make_unique<SandboxHttpServer>(
        [p](const QHttpServerRequest &request, const SandboxHttpServer::ResponderPtr &responder,
            const QPointer<QTcpSocket> &socket) { p->handle(request, responder, socket); });
    auto *tcpServer = new QTcpServer(d->http.get());
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(tcpServer->errorString());
        d->http.reset();
        return false;
    }
    // void in Qt 6.4, bool in 6.8: nothing to check once the QTcpServer listens.
    static_cast<void>(d->http->bind(tcpServer));
    d->tcpServer = tcpServer;
    qCInfo(lcSandbox, "Listening on %s", qUtf8Printable(apiRoot()));
    return true;
}

quint16 SandboxServer::port() const
{
    return d->tcpServer ? d->tcpServer->serverPort() : 0;
}

QString SandboxServer::apiRoot() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

QString SandboxServer::demoToken() const
{
    return d->data.tokenForRole(QStringLiteral("demo")).token;
}
QString SandboxServer::readOnlyToken() const
{
    return d->data.tokenForRole(QStringLiteral("readOnly")).token;
}
QString SandboxServer::otherOrgToken() const
{
    return d->data.tokenForRole(QStringLiteral("otherOrg")).token;
}
QString SandboxServer::noTelephonyToken() const
{
    return d->data.tokenForRole(QStringLiteral("noTelephony")).token;
}
QString SandboxServer::demoOrgId() const
{
    return d->data.tokenForRole(QStringLiteral("demo")).orgId;
}
QString SandboxServer::otherOrgId() const
{
    return d->data.tokenForRole(QStringLiteral("otherOrg")).orgId;
}

void SandboxServer::setRateLimit(int requests, int windowSeconds, int retryAfterSeconds)
{
    d->faults.setRateLimit(requests, windowSeconds, retryAfterSeconds);
}

void SandboxServer::setFirstWindowLimit(int requests)
{
    d->faults.setFirstWindowLimit(requests);
}
void SandboxServer::forceStatus(int status, int count, const QByteArray &retryAfter)
{
    if (!d->faults.forceStatus(status, count, retryAfter))
        qWarning("SandboxServer::forceStatus: %d is not a status of the operation's table", status);
}

void SandboxServer::setLatency(int milliseconds)
{
    d->faults.setLatency(milliseconds);
}
void SandboxServer::dropConnections(int count)
{
    d->faults.setDrops(count);
}
void SandboxServer::dropAfterCreates(int count)
{
    d->faults.setDropsAfterCreate(count);
}
void SandboxServer::dropAfterDeletes(int count)
{
    d->faults.setDropsAfterDelete(count);
}

void SandboxServer::sendEndlessAfterCreates(int count, bool chunked)
{
    d->faults.setEndlessAfterCreate(count, chunked);
}
void SandboxServer::setFaultPath(const QString &path)
{
    d->faults.setPath(path);
}

void SandboxServer::setFaultsOnCreatesOnly(bool createsOnly)
{
    d->faults.setCreatesOnly(createsOnly);
}
void SandboxServer::sendMalformedReplies(int count)
{
    d->faults.setMalformed(count);
}
void SandboxServer::sendOversizedReplies(int count, qint64 bytes)
{
    d->faults.setOversized(count, bytes);
}
void SandboxServer::clearFaults()
{
    d->faults.clear();
}

void SandboxServer::setDuplicateRuleEnabled(bool enabled)
{
    d->api.setDuplicateRuleEnabled(enabled);
}
bool SandboxServer::isDuplicateRuleEnabled() const
{
    return d->api.isDuplicateRuleEnabled();
}

QString SandboxServer::oauthClientId() const
{
    return QLatin1String(SandboxOAuth::kDemoClientId);
}
QString SandboxServer::oauthClientSecret() const
{
    return d->oauth.clientSecret();
}
void SandboxServer::setOAuthClientSecret(const QString &secret)
{
    d->oauth.setClientSecret(secret);
}
void SandboxServer::setTokenMarker(const QString &marker)
{
    d->oauth.setTokenMarker(marker);
}
void SandboxServer::registerRedirectUri(const QString &uri)
{
    d->oauth.registerRedirectUri(uri);
}
void SandboxServer::setTokenLifetime(qint64 seconds)
{
    d->oauth.setTokenLifetime(seconds);
}
void SandboxServer::expireAccessTokens()
{
    d->oauth.expireAccessTokens();
}
void SandboxServer::revokeRefreshTokens()
{
    d->oauth.revokeRefreshTokens();
}
int SandboxServer::codesExchanged() const
{
    return d->oauth.codesExchanged();
}

bool SandboxServer::generateWorkspaces(int count, QString *error)
{
    return d->data.generateWorkspaces(count, error);
}

int SandboxServer::maxRequestsInFlight() const
{
    return d->recorder.maxInFlight();
}

QByteArray SandboxServer::statsJson() const
{
    return d->recorder.statsJson();
}

QList<RecordedRequest> SandboxServer::receivedRequests() const
{
    return d->recorder.requests();
}
void SandboxServer::clearReceivedRequests()
{
    d->recorder.clear();
}
bool SandboxServer::changeCriteria(const QString &workspaceId, const QString &criteriaId,
                                   const QJsonObject &fields)
{
    QJsonObject stored = SandboxRingStore(&d->data).criterion(workspaceId, criteriaId);
    if (stored.isEmpty())
        return false;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        stored.insert(it.key(), it.value());
    QString error;
    return SandboxRingStore(&d->data).replaceCriteria(workspaceId, criteriaId, stored, &error);
}

bool SandboxServer::removeCriteria(const QString &workspaceId, const QString &criteriaId)
{
    QString error;
    return !SandboxRingStore(&d->data).criterion(workspaceId, criteriaId).isEmpty() &&
           SandboxRingStore(&d->data).removeCriteria(workspaceId, criteriaId, &error);
}

QJsonObject SandboxServer::data() const
{
    return d->data.document();
}

} // namespace seqring::sandbox
