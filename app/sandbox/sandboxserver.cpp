#include "sandboxserver.h"

#include "sandboxapi.h"
#include "sandboxdata.h"
#include "sandboxerrors.h"
#include "sandboxfaults.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <functional>
#include <memory>

namespace seqring::sandbox {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

using ResponderPtr = std::shared_ptr<QHttpServerResponder>;
using RequestHandler = std::function<void(const QHttpServerRequest &, const ResponderPtr &,
                                          const QPointer<QTcpSocket> &)>;

void writeReply(QHttpServerResponder &responder, const Reply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    responder.write(reply.body, headers, status);
#else
    responder.writeStatusLine(status);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
#endif
}

} // namespace

// The Qt HttpServer front: hands every request, whatever its path, to SandboxServer::Private.
class SandboxHttpServer : public QAbstractHttpServer
{
public:
    explicit SandboxHttpServer(RequestHandler handler) : m_handler(std::move(handler)) {}

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        handleRequest(request, socket);
    }
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        handleRequest(request, responder);
    }
#endif

private:
    RequestHandler m_handler;
};

// The state behind SandboxServer: data, API, faults, the listening socket and the record.
class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *q) : q(q), api(&data) {}

    void handle(const QHttpServerRequest &request, const ResponderPtr &responder,
                const QPointer<QTcpSocket> &socket);
    void deliver(const ResponderPtr &responder, const QPointer<QTcpSocket> &socket,
                 const std::optional<Reply> &reply);

    SandboxServer *q;
    SandboxData data;
    SandboxApi api;
    SandboxFaults faults;
    std::unique_ptr<SandboxHttpServer> http;
    QPointer<QTcpServer> tcpServer;
    QList<RecordedRequest> received;
};

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_handler(request, responder, QPointer<QTcpSocket>(socket));
    return true;
}
#else
bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    // Qt 6.5+ gives no socket: find ours among the accepted connections by the peer port.
    QPointer<QTcpSocket> socket;
    const auto sockets = findChildren<QTcpSocket *>() + servers().value(0)->findChildren<QTcpSocket *>();
    for (QTcpSocket *candidate : sockets) {
        if (candidate->peerPort() == request.remotePort())
            socket = candidate;
    }
    m_handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)), socket);
    return true;
}
#endif

void SandboxServer::Private::handle(const QHttpServerRequest &request,
                                    const ResponderPtr &responder,
                                    const QPointer<QTcpSocket> &socket)
{
    RecordedRequest record;
    record.method = methodName(request.method());
    record.path = request.url().path();
    record.query = request.query();
    record.headers = request.headers();
    record.body = request.body();
    received.append(record);
    Q_EMIT q->requestReceived(record);

    QString trackingId = QString::fromUtf8(record.header(QByteArrayLiteral("TrackingID")));
    if (trackingId.isEmpty())
        trackingId = QLatin1String("SANDBOX_") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const SandboxFaults::Decision decision = faults.decide(record.method, trackingId);
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
        reply = api.handle(apiRequest);
    }
    if (reply)
        reply->headers.append({QByteArrayLiteral("trackingid"), trackingId.toUtf8()});

    const int latency = faults.latency();
    if (latency <= 0) {
        deliver(responder, socket, reply);
        return;
    }
    QTimer::singleShot(latency, q, [this, responder, socket, reply] {
        deliver(responder, socket, reply);
    });
}

void SandboxServer::Private::deliver(const ResponderPtr &responder,
                                     const QPointer<QTcpSocket> &socket,
                                     const std::optional<Reply> &reply)
{
    if (!reply) {
        // Dropped: close the connection without an answer, once Qt is done with the request.
        QTimer::singleShot(0, q, [responder, socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    if (socket && socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away during the latency
    writeReply(*responder, *reply);
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
        [p](const QHttpServerRequest &request, const ResponderPtr &responder,
            const QPointer<QTcpSocket> &socket) { p->handle(request, responder, socket); });
    auto *tcpServer = new QTcpServer(d->http.get());
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        d->http.reset();
        return false;
    }
    d->http->bind(tcpServer); // void in Qt 6.4, bool in 6.8: nothing to check after listen()
    d->tcpServer = tcpServer;
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

QString SandboxServer::demoToken() const { return d->data.tokenForRole(QStringLiteral("demo")).token; }
QString SandboxServer::readOnlyToken() const { return d->data.tokenForRole(QStringLiteral("readOnly")).token; }
QString SandboxServer::otherOrgToken() const { return d->data.tokenForRole(QStringLiteral("otherOrg")).token; }
QString SandboxServer::demoOrgId() const { return d->data.tokenForRole(QStringLiteral("demo")).orgId; }
QString SandboxServer::otherOrgId() const { return d->data.tokenForRole(QStringLiteral("otherOrg")).orgId; }

void SandboxServer::setRateLimit(int requests, int windowSeconds, int retryAfterSeconds)
{
    d->faults.setRateLimit(requests, windowSeconds, retryAfterSeconds);
}

void SandboxServer::forceStatus(int status, int count, const QByteArray &retryAfter)
{
    if (!d->faults.forceStatus(status, count, retryAfter))
        qWarning("SandboxServer::forceStatus: %d is not a status of the operation's table", status);
}

void SandboxServer::setLatency(int milliseconds) { d->faults.setLatency(milliseconds); }
void SandboxServer::dropConnections(int count) { d->faults.setDrops(count); }
void SandboxServer::sendMalformedReplies(int count) { d->faults.setMalformed(count); }
void SandboxServer::sendOversizedReplies(int count, qint64 bytes) { d->faults.setOversized(count, bytes); }
void SandboxServer::clearFaults() { d->faults.clear(); }

QList<RecordedRequest> SandboxServer::receivedRequests() const { return d->received; }
void SandboxServer::clearReceivedRequests() { d->received.clear(); }
QJsonObject SandboxServer::data() const { return d->data.document(); }

} // namespace seqring::sandbox
