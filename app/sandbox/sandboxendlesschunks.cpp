#include "app/sandbox/sandboxendlesschunks.h"

#include <QTcpSocket>

namespace seqring::sandbox
{

void EndlessChunks::start(QTcpSocket *socket, const QByteArray &trackingId, bool chunked)
{
    auto *pump = new EndlessChunks(socket, chunked);
    socket->write(
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\ntrackingid: " + trackingId +
        (chunked ? "\r\nTransfer-Encoding: chunked\r\n\r\n" : "\r\nConnection: close\r\n\r\n"));
    connect(socket, &QTcpSocket::bytesWritten, pump, &EndlessChunks::fill);
    pump->fill();
}

EndlessChunks::EndlessChunks(QTcpSocket *socket, bool chunked)
    : QObject(socket), m_socket(socket), m_chunked(chunked)
{
}

void EndlessChunks::fill()
{
    static const QByteArray chunk = "10000\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    static const QByteArray plain(64 * 1024, ' ');
    const QByteArray &next = m_chunked ? chunk : plain;
    constexpr qint64 kQueued = 1024 * 1024;
    constexpr qint64 kLimit = qint64(1024) * 1024 * 1024;
    while (m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < kQueued) {
        if (m_sent >= kLimit) {
            m_socket->abort();
            return;
        }
        m_socket->write(next);
        m_sent += next.size();
    }
}

} // namespace seqring::sandbox
