#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace seqring
{

// What a journal says of one workspace, from its last records.
struct JournalEntry {
    enum class State {
        Finished, // created or skipped: never sent again
        InFlight, // a create was sent and no answer recorded: read its criteria to decide
        Open,     // failed, or not reached: run it again
    };
    State state = State::Open;
    QString result; // created, skipped, failed (Finished/Open)
    QString criteriaId;
    QString displayName;
    QStringList knownBefore; // criteria IDs listed before the create in flight
    QString trackingId;
};

// The append-only journal of a bulk run: one JSON object per line (JournalFormat), each written,
// flushed and fsynced in order ("sending" before each create, "answer" after its reply, "result"
// when the workspace is done). One writer thread does the writing, so the event loop never waits on
// the disk: post() queues a record and tells its receiver, on the receiver's thread, when it is
// durable or that it failed. A create is sent only once its "sending" line is durable; a crash that
// loses a later line leaves the workspace in flight (resume reads its criteria first) or open (run
// again), so nothing is ever created twice. Closing drains the queue.
class BulkJournal
{
    Q_DECLARE_TR_FUNCTIONS(BulkJournal)
public:
    // Told on the receiver's thread: true when the record is on disk, else false and why.
    using Done = std::function<void(bool durable, const QString &error)>;

    BulkJournal() = default;
    ~BulkJournal(); // writes everything queued, then closes
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;
    // Opens `path` for appending (created when missing). False with a sentence on failure.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    // Queues one record with "time" added; `done` (if set) runs on `receiver`'s thread once
    // it is durable or failed, never after `receiver` is gone. After a failure every later
    // record fails too (the run must stop then: it could not resume safely).
    void post(QJsonObject record, QObject *receiver, Done done);
    // Writes one record and waits until it and all queued before it are durable; false with
    // a sentence when they cannot be (for the few records outside the sending loop).
    bool append(QJsonObject record, QString *error);

    // For tests: records written and fsynced (the journal's first N lines are durable once
    // this is N), and the fsyncs that made them so (one for all records queued at once).
    int durableRecords() const { return m_durable; }
    int syncs() const { return m_syncs; }
    // Reads a journal (JournalFormat::read): the state of each workspace ID. A missing file
    // records nothing; a last line cut off by a crash is ignored; a broken line before it,
    // or a journal of a newer version, is an error.
    static bool load(const QString &path, QHash<QString, JournalEntry> *entries, QString *error);

private:
    struct Pending {
        QByteArray line;
        QPointer<QObject> receiver;
        Done done;
        quint64 seq = 0;
    };
    void writeLoop();
    void close();

    QFile m_file;   // written by the writer thread alone once it runs
    QObject m_home; // on the opening thread: where answers are delivered
    std::thread m_writer;
    std::mutex m_mutex;
    std::condition_variable m_wake;     // work queued, or closing
    std::condition_variable m_progress; // a record written
    std::deque<Pending> m_queue;
    quint64 m_queued = 0;
    quint64 m_written = 0;
    bool m_closing = false;
    QString m_error; // the first failure; empty while every record was written
    std::atomic<int> m_syncs{0};
    std::atomic<int> m_durable{0};
};

} // namespace seqring
