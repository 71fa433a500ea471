#pragma once

#include <QByteArray>
#include <QIODevice>

namespace seqring
{

// A request body Qt's HTTP layer can read only once. When a connection closes before any
// answer, Qt sends the request again on its own, which for a create means a second
// criteria; it cannot rewind this body, so it fails the request (ContentReSendError)
// instead, and the job reports what may have happened. Use it with
// DoNotBufferUploadDataAttribute and a Content-Length, or Qt copies it into a buffer it
// can rewind.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override { return m_position >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace seqring
