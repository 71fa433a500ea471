#include "app/sandbox/sandboxhttpserver.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace seqring::sandbox
{

QByteArray SandboxHttpServer::methodName(QHttpServerRequest::Method method)
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

QList<QPair<QByteArray, QByteArray>> SandboxHttpServer::headersOf(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Qt 6.8 hands the headers over as QHttpHeaders.
    QList<QPair<QByteArray, QByteArray>> result;
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        result.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
    return result;
#else
    return request.headers();
#endif
}

void SandboxHttpServer::writeReply(QHttpServerResponder &responder, const Reply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    responder.write(reply.body, headers, status);
#else
    // Qt 6.4 takes only fixed header lists in write(): write the parts one by one.
    responder.writeStatusLine(status);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
#endif
}

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
    // Qt 6.5+ gives no socket: find ours among the accepted connections (descendants of this
    // server, the QTcpServer included) by the peer port.
    QPointer<QTcpSocket> socket;
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *candidate : sockets) {
        if (candidate->peerPort() == request.remotePort())
            socket = candidate;
    }
    m_handler(request, std::make_shared<QHttpServerResponder>(std::move(responder)), socket);
    return true;
}
#endif

} // namespace seqring::sandbox
