#include "app/sandbox/sandboxrecorder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace seqring::sandbox
{

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

void SandboxRecorder::received(const RecordedRequest &request)
{
    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
    m_requests.append(request);
}

QByteArray SandboxRecorder::statsJson() const
{
    int creates = 0;
    int deletes = 0;
    int writes = 0;
    for (const RecordedRequest &request : m_requests) {
        creates += request.method == "POST" ? 1 : 0;
        deletes += request.method == "DELETE" ? 1 : 0;
        writes += request.method == "GET" ? 0 : 1;
    }
    const QJsonObject stats{{QLatin1String("requests"), int(m_requests.size())},
                            {QLatin1String("creates"), creates},
                            {QLatin1String("deletes"), deletes},
                            {QLatin1String("writes"), writes},
                            {QLatin1String("inFlight"), m_inFlight},
                            {QLatin1String("maxInFlight"), m_maxInFlight}};
    return QJsonDocument(stats).toJson(QJsonDocument::Compact);
}

} // namespace seqring::sandbox
