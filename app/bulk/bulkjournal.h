#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

// The append-only journal of a bulk run: one JSON object per line, each written and flushed
// before the next step. "sending" goes before each create and is fsynced before it is sent
// (with it every line before it); "answer" after its reply and "result" when the workspace
// is done are fsynced with the next "sending" or when the journal closes. A crash that loses
// them leaves the workspace in flight (resume reads its criteria first) or open (run
// again), so nothing is ever created twice; one fsync per create instead of three keeps a
// latency-bound run from waiting on the disk.
class BulkJournal
{
    Q_DECLARE_TR_FUNCTIONS(BulkJournal)
public:
    // Opens `path` for appending (created when missing). False with a sentence on failure.
    BulkJournal() = default;
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    // Writes one record with "time" added; false with a sentence when it cannot be made
    // durable (the run must stop then: it could not resume safely).
    bool append(QJsonObject record, QString *error);

    // Reads a journal: the state of each workspace ID. A last line cut off by a crash is
    // ignored; a broken line before it is an error.
    int syncs() const { return m_syncs; } // fsyncs made, for tests
    static bool load(const QString &path, QHash<QString, JournalEntry> *entries, QString *error);

private:
    bool sync();

    QFile m_file;
    int m_syncs = 0;
};

} // namespace seqring
