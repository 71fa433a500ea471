#include "app/client/harfile.h"

#include "app/client/harwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

bool HarFile::start(RequestLog *log, QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = failure();
        return false;
    }
    // The document with no entry, cut open inside its entries array: what is before it now,
    // what is after it at finish().
    const QByteArray whole =
        QJsonDocument(QJsonObject{{QStringLiteral("log"), HarWriter::logOf(QJsonArray())}})
            .toJson(QJsonDocument::Compact);
    const QByteArray empty("\"entries\":[]");
    const qsizetype at = whole.indexOf(empty);
    m_tail = "\n]" + whole.mid(at + empty.size()) + "\n";
    m_file.write(whole.left(at) + "\"entries\":[\n");
    log->setOnDropped([this](const RequestLogEntry &entry) { append(entry); });
    return true;
}

void HarFile::append(const RequestLogEntry &entry)
{
    if (!m_first)
        m_file.write(",\n");
    m_first = false;
    m_file.write(QJsonDocument(HarWriter::entryOf(entry)).toJson(QJsonDocument::Compact));
}

QString HarFile::finish(RequestLog *log)
{
    log->setOnDropped({});
    for (const RequestLogEntry &entry : log->entries())
        append(entry);
    m_file.write(m_tail);
    if (!m_file.commit())
        return failure();
    return {};
}

QString HarFile::failure() const
{
    return HarWriter::writeFailure(m_file.fileName(), m_file.errorString());
}

} // namespace seqring
