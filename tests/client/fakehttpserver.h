#pragma once

// A tiny HTTP/1.1 server for the cases the sandbox does not cover (redirects, replies
// without Content-Length, connections closed after the request): it reads whole
// requests and answers each with the bytes a test's function returns (empty = close).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace seqring::test
{

// Scripted loopback HTTP server; one answer function for every request.
class FakeHttpServer : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray &request)>;

    explicit FakeHttpServer(Answer answer, QObject *parent = nullptr)
        : QObject(parent), m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString root() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port()); }

    int connections = 0;
    QList<QByteArray> requests; // head and body of each complete request

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray request = buffer.left(headEnd + 4 + length);
        buffer.remove(0, request.size());
        requests << request;
        const QByteArray reply = m_answer(request);
        if (reply.isEmpty()) {
            socket->abort();
            return;
        }
        socket->write(reply);
        socket->disconnectFromHost(); // every answer closes its connection
    }

    QTcpServer m_server;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace seqring::test
