#include "app/files/bulkjournal.h"

#include "app/files/journalformat.h"

#include <QDateTime>
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
    m_writer = std::thread([this] { writeLoop(); });
    return true;
}

void BulkJournal::post(QJsonObject record, QObject *receiver, Done done)
{
    record.insert(QLatin1String("time"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    Pending pending{QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n', receiver,
                    std::move(done), 0};
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        pending.seq = ++m_queued;
        m_queue.push_back(std::move(pending));
    }
    m_wake.notify_one();
}

bool BulkJournal::append(QJsonObject record, QString *error)
{
    if (!m_writer.joinable()) {
        *error = tr("The journal is not open.");
        return false;
    }
    post(std::move(record), nullptr, {});
    std::unique_lock<std::mutex> lock(m_mutex);
    const quint64 mine = m_queued;
    m_progress.wait(lock, [this, mine] { return m_written >= mine; });
    if (m_error.isEmpty())
        return true;
    *error = m_error;
    return false;
}

void BulkJournal::writeLoop()
{
    for (;;) {
        std::deque<Pending> batch;
        bool failed = false;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closing || !m_queue.empty(); });
            if (m_queue.empty())
                return;          // closing, and everything queued is written
            batch.swap(m_queue); // what was posted while the last fsync ran
            failed = !m_error.isEmpty();
        }
        // Written in the order posted, then flushed and fsynced once for all of them (a
        // group commit): the order on disk is the journal's order, and none is reported
        // durable before all of them are.
        if (!failed) {
            for (const Pending &pending : batch) {
                if (m_file.write(pending.line) != pending.line.size()) {
                    failed = true;
                    break;
                }
            }
            failed = failed || !m_file.flush() || ::fsync(m_file.handle()) != 0;
            if (!failed) {
                m_syncs += 1;
                m_durable += int(batch.size());
            }
        }
        QString error;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (failed && m_error.isEmpty())
                m_error = tr("Cannot write to the journal %1: %2.")
                              .arg(m_file.fileName(), m_file.errorString());
            error = m_error;
            m_written = batch.back().seq;
        }
        m_progress.notify_all();
        for (Pending &pending : batch) {
            if (!pending.done)
                continue;
            // Delivered on the opening thread, in order, and only while the receiver lives.
            QMetaObject::invokeMethod(
                &m_home,
                [receiver = std::move(pending.receiver), done = std::move(pending.done), error] {
                    if (receiver)
                        done(error.isEmpty(), error);
                },
                Qt::QueuedConnection);
        }
    }
}

void BulkJournal::close()
{
    if (!m_writer.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_one();
    m_writer.join();
    m_file.close();
}

BulkJournal::~BulkJournal()
{
    close(); // every record queued is written first
}

bool BulkJournal::load(const QString &path, QHash<QString, JournalEntry> *entries, QString *error)
{
    entries->clear();
    if (!QFile::exists(path))
        return true; // nothing recorded yet
    QList<JournalLine> lines;
    if (!JournalFormat::read(path, &lines, error))
        return false;
    for (const JournalLine &line : std::as_const(lines)) {
        if (line.workspaceId.isEmpty())
            continue;
        JournalEntry &entry = (*entries)[line.workspaceId];
        entry.displayName = line.displayName;
        if (line.kind == JournalLine::Kind::Sending) {
            entry.state = JournalEntry::State::InFlight;
            entry.trackingId = line.trackingId;
            entry.knownBefore = line.knownBefore;
        } else if (line.kind == JournalLine::Kind::Answer) {
            if (line.httpStatus == 201 && !line.criteriaId.isEmpty()) {
                entry.state = JournalEntry::State::Finished;
                entry.result = QStringLiteral("created");
                entry.criteriaId = line.criteriaId;
            }
            // Any other answer leaves the create in flight until its result is recorded.
        } else if (line.kind == JournalLine::Kind::Result) {
            entry.result = line.result;
            entry.criteriaId = line.criteriaId;
            const bool done = entry.result == QLatin1String("created") ||
                              entry.result == QLatin1String("skipped");
            entry.state = done ? JournalEntry::State::Finished : JournalEntry::State::Open;
            // A create whose outcome could not be found out stays in flight: read again.
            if (line.unresolved)
                entry.state = JournalEntry::State::InFlight;
        }
    }
    return true;
}

} // namespace seqring
