#pragma once

// A loopback server (127.0.0.1, port 0) that answers every request in one hostile way:
// an endless body (unchunked or chunked), a trickle of one byte a second, a Content-Length of 2 GB,
// JSON that is not UTF-8, a redirect loop, plaintext where TLS is expected and TLS where plaintext
// is, or headers over 64 KiB. Its own memory stays bounded: it writes an endless body
// only as fast as the socket drains it.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace seqring::test
{

// One hostile behaviour for every connection; counts requests and bytes it sent.
class HostileServer : public QTcpServer
{
public:
    enum class Behaviour {
        EndlessBody,     // 200, no Content-Length, "{" and then padding forever
        EndlessChunked,  // 201, Transfer-Encoding: chunked, 64 KiB chunks forever
        Trickle,         // the whole answer, one byte every trickleIntervalMs
        HugeLength,      // 201 with Content-Length: 2147483648 and one byte of body
        InvalidUtf8Json, // 201 whose JSON has bytes that are not UTF-8
        RedirectLoop,    // 302 to the path it was asked for, every time
        PlaintextForTls, // answers a TLS ClientHello with plain HTTP
        TlsForPlaintext, // a TLS server (self-signed, loopback only) on a plain http URL
        HugeHeaders,     // 200 with 80 KiB of header lines
    };

    explicit HostileServer(Behaviour behaviour, QObject *parent = nullptr)
        : QTcpServer(parent), m_behaviour(behaviour)
    {
    }

    bool listen() { return QTcpServer::listen(QHostAddress::LocalHost, 0); }
    QString root(const QString &scheme = QStringLiteral("http")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2/v1").arg(scheme).arg(serverPort());
    }

    int trickleIntervalMs = 1000;
    std::atomic<int> requests = 0;     // request heads received (plain behaviours)
    std::atomic<qint64> bytesSent = 0; // everything written, for the endless bodies
    // An endless body stops here, so that a client that fails to bound its memory fails
    // its test instead of exhausting the machine's.
    qint64 endlessLimit = qint64(512) * 1024 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_heads.remove(socket); });
        if (m_behaviour == Behaviour::TlsForPlaintext) {
            socket->setSslConfiguration(loopbackTls());
            connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
            socket->startServerEncryption();
            return;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }

private:
    void onReadyRead(QSslSocket *socket)
    {
        QByteArray &buffer = m_heads[socket];
        buffer += socket->readAll();
        if (m_behaviour == Behaviour::PlaintextForTls) {
            // Whatever came (a ClientHello), a plain HTTP server answers it as text.
            writeAndClose(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
            return;
        }
        // Every complete request head; a POST body, if any, is ignored.
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            ++requests;
            answer(socket, head);
        }
    }

    void answer(QSslSocket *socket, const QByteArray &head)
    {
        switch (m_behaviour) {
        case Behaviour::EndlessBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n{\"items\": [");
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
            pump(socket);
            return;
        case Behaviour::EndlessChunked:
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            flood(socket);
            return;
        case Behaviour::Trickle:
            // The head at once (Qt counts no progress before it), then the body slowly.
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                          "Content-Length: 40\r\n\r\n");
            trickle(socket, "{\"id\": \"X\", \"padding\": \"xxxxxxxxxxxxxx\"}");
            return;
        case Behaviour::HugeLength:
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2147483648\r\n\r\n{");
            return; // and then nothing: the client must not wait for 2 GB
        case Behaviour::InvalidUtf8Json: {
            const QByteArray body = "{\"id\": \"\xff\xfe\xc3\x28\"}";
            writeAndClose(socket, "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        case Behaviour::RedirectLoop: {
            const QByteArray path = head.split(' ').value(1);
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + path +
                          "\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        case Behaviour::HugeHeaders: {
            QByteArray reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            for (int i = 0; i < 80; ++i)
                reply +=
                    "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'h') + "\r\n";
            writeAndClose(socket, reply + "Content-Length: 2\r\n\r\n{}");
            return;
        }
        case Behaviour::PlaintextForTls:
        case Behaviour::TlsForPlaintext:
            return;
        }
    }

    void writeAndClose(QSslSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->disconnectFromHost();
    }

    // Keeps at most 256 KiB queued in the socket, so only the client can balloon.
    void pump(QSslSocket *socket)
    {
        static const QByteArray piece = "\"" + QByteArray(16 * 1024 - 3, 'x') + "\",";
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 256 * 1024) {
            if (bytesSent >= endlessLimit) {
                socket->disconnectFromHost();
                return;
            }
            socket->write(piece);
            bytesSent += piece.size();
        }
    }

    // 64 KiB chunks as fast as the client takes them, blocking this thread until the client
    // goes away or endlessLimit is reached: a server process that never stops writing.
    void flood(QSslSocket *socket)
    {
        static const QByteArray chunk = "10000\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
        while (socket->state() == QAbstractSocket::ConnectedState && bytesSent < endlessLimit) {
            if (socket->write(chunk) < 0)
                break;
            bytesSent += chunk.size();
            while (socket->bytesToWrite() > 4 * 1024 * 1024 && socket->waitForBytesWritten(2000)) {
            }
            if (socket->bytesToWrite() > 4 * 1024 * 1024)
                break; // the client stopped reading for two seconds
        }
        socket->abort();
    }

    void trickle(QSslSocket *socket, const QByteArray &bytes)
    {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket,
                [socket, bytes, timer, offset = qsizetype(0)]() mutable {
                    if (offset >= bytes.size()) {
                        timer->stop();
                        return;
                    }
                    socket->write(bytes.mid(offset++, 1));
                });
        timer->start(trickleIntervalMs);
    }

    // A self-signed certificate for 127.0.0.1, made for these tests and used nowhere else.
    static QSslConfiguration loopbackTls()
    {
        static const QByteArray key =
            "-----BEGIN PRIVATE KEY-----\n"
            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgbWuHob2eXtMqz84u\n"
            "7Pl/42oeTK8UiqrAzdp4VdcAFqahRANCAARxqEnm72IA3wBgHkQTJ5Mk7yoFll9T\n"
            "ldioJ3N+9CRLZzxGhMVLwcYjb1BKSy/pJvpmwGflJQcq6XvB/YHxW4FQ\n"
            "-----END PRIVATE KEY-----\n";
        static const QByteArray certificate =
            "-----BEGIN CERTIFICATE-----\n"
            "MIIBkTCCATagAwIBAgIUZ2WX8in6+Q1YXgmScS0fj80jVskwCgYIKoZIzj0EAwIw\n"
            "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwMTA5NTAyN1oYDzIxMjYxMTA3\n"
            "MDk1MDI3WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
            "PQMBBwNCAARxqEnm72IA3wBgHkQTJ5Mk7yoFll9TldioJ3N+9CRLZzxGhMVLwcYj\n"
            "b1BKSy/pJvpmwGflJQcq6XvB/YHxW4FQo2QwYjAdBgNVHQ4EFgQUn3xBCdfHYtq/\n"
            "aaZuTlbi8Z38tmQwHwYDVR0jBBgwFoAUn3xBCdfHYtq/aaZuTlbi8Z38tmQwDwYD\n"
            "VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0kAMEYC\n"
            "IQD4ysuuCUFFn+jVLtFl1fFJL+4jUn7dEvK9minaaYYknwIhAOXbWKbJtLKfgx65\n"
            "y6+TTXP8h/J912bu1VRFVvH48yaV\n"
            "-----END CERTIFICATE-----\n";
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(key, QSsl::Ec));
        configuration.setLocalCertificate(QSslCertificate(certificate));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        return configuration;
    }

    Behaviour m_behaviour;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

// A HostileServer listening in a thread of its own, so that it writes while the client's
// thread is busy, as a server in another process does. Read its counters after the job.
class HostileServerThread
{
public:
    explicit HostileServerThread(HostileServer::Behaviour behaviour)
    {
        m_thread.start();
        m_server = new HostileServer(behaviour);
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_server, [this] { m_root = m_server->listen() ? m_server->root() : QString(); },
            Qt::BlockingQueuedConnection);
    }
    ~HostileServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    HostileServerThread(const HostileServerThread &) = delete;
    HostileServerThread &operator=(const HostileServerThread &) = delete;

    // The API root, empty when the server could not listen.
    QString root() const { return m_root; }
    const HostileServer &server() const { return *m_server; }

private:
    QThread m_thread;
    HostileServer *m_server = nullptr;
    QString m_root;
};

} // namespace seqring::test
