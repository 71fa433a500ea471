#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace seqring::sandbox
{

// Writes a 201 answer with a body that never ends onto a socket (chunked: 64 KiB chunks;
// unchunked: no Content-Length, the body ends only with the connection), as fast as the
// client takes it (at most 1 MiB queued), until the client goes away or 1 GiB was sent: a
// hostile server, for the tests of a client's memory bound. The request's responder is
// never used.
class EndlessChunks : public QObject
{
public:
    // Starts writing; the pump lives as long as the socket.
    static void start(QTcpSocket *socket, const QByteArray &trackingId, bool chunked);

private:
    EndlessChunks(QTcpSocket *socket, bool chunked);
    void fill();

    QTcpSocket *m_socket;
    bool m_chunked;
    qint64 m_sent = 0;
};

} // namespace seqring::sandbox
