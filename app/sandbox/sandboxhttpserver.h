#pragma once

#include "app/sandbox/sandboxerrors.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace seqring::sandbox
{

// The Qt HttpServer front: hands every request, whatever its path, to one callback, and
// hides the differences of the QAbstractHttpServer API between Qt 6.4 and 6.8.
class SandboxHttpServer : public QAbstractHttpServer
{
public:
    // Shared so that an answer can be written later (latency) from a timer.
    using ResponderPtr = std::shared_ptr<QHttpServerResponder>;
    // The socket may be null on Qt 6.5+ when it cannot be found.
    using RequestHandler = std::function<void(const QHttpServerRequest &, const ResponderPtr &,
                                              const QPointer<QTcpSocket> &)>;

    explicit SandboxHttpServer(RequestHandler handler) : m_handler(std::move(handler)) {}

    static QByteArray methodName(QHttpServerRequest::Method method);
    static QList<QPair<QByteArray, QByteArray>> headersOf(const QHttpServerRequest &request);
    static void writeReply(QHttpServerResponder &responder, const Reply &reply);

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

} // namespace seqring::sandbox
