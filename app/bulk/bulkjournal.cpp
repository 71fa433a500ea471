#include "bulkjournal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <unistd.h>

namespace seqring
{

bool BulkJournal::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("Cannot open the journal %1: %2.").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool BulkJournal::append(QJsonObject record, QString *error)
{
    record.insert(QLatin1String("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    // Only a create about to be sent must be on disk first; the fsync makes every line
    // written before it durable too.
    const bool durable = record.value(QLatin1String("event")) == QLatin1String("sending");
    if (m_file.write(line) != line.size() || !m_file.flush() || (durable && !sync())) {
        *error =
            tr("Cannot write to the journal %1: %2.").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

BulkJournal::~BulkJournal()
{
    if (m_file.isOpen())
        sync(); // the last answers and results, at the end of the run
}

bool BulkJournal::sync()
{
    ++m_syncs;
    return ::fsync(m_file.handle()) == 0;
}

bool BulkJournal::load(const QString &path, QHash<QString, JournalEntry> *entries, QString *error)
{
    entries->clear();
    QFile file(path);
    if (!file.exists())
        return true; // nothing recorded yet
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2.").arg(path, file.errorString());
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (!doc.isObject()) {
            if (i == lines.size() - 1)
                break; // the last line, cut off by a crash: its step did not happen
            *error = tr("The journal %1 is damaged at line %2: %3.")
                         .arg(path)
                         .arg(i + 1)
                         .arg(parseError.errorString());
            return false;
        }
        const QJsonObject record = doc.object();
        const QString id = record.value(QLatin1String("workspaceId")).toString();
        const QString event = record.value(QLatin1String("event")).toString();
        if (id.isEmpty())
            continue;
        JournalEntry &entry = (*entries)[id];
        entry.displayName = record.value(QLatin1String("displayName")).toString();
        if (event == QLatin1String("sending")) {
            entry.state = JournalEntry::State::InFlight;
            entry.trackingId = record.value(QLatin1String("trackingId")).toString();
            entry.knownBefore.clear();
            for (const QJsonValue &known : record.value(QLatin1String("knownBefore")).toArray())
                entry.knownBefore.append(known.toString());
        } else if (event == QLatin1String("answer")) {
            const int status = record.value(QLatin1String("httpStatus")).toInt();
            const QString created = record.value(QLatin1String("criteriaId")).toString();
            if (status == 201 && !created.isEmpty()) {
                entry.state = JournalEntry::State::Finished;
                entry.result = QStringLiteral("created");
                entry.criteriaId = created;
            }
            // Any other answer leaves the create in flight until its result is recorded.
        } else if (event == QLatin1String("result")) {
            entry.result = record.value(QLatin1String("result")).toString();
            entry.criteriaId = record.value(QLatin1String("criteriaId")).toString();
            const bool done = entry.result == QLatin1String("created") ||
                              entry.result == QLatin1String("skipped");
            entry.state = done ? JournalEntry::State::Finished : JournalEntry::State::Open;
            // A create whose outcome could not be found out stays in flight: read again.
            if (record.value(QLatin1String("unresolved")).toBool())
                entry.state = JournalEntry::State::InFlight;
        }
    }
    return true;
}

} // namespace seqring
