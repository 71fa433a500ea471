#pragma once

#include "app/files/targetsfile.h"
#include "models/criteria.h"
#include "models/syncplan.h"
#include "models/workspacestate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace seqring
{

// One row of a sync's report: an action for one workspace and what became of it.
struct SyncReportRow {
    QString workspaceId;
    QString displayName;
    SyncAction::Kind action = SyncAction::Kind::InSync;
    QString criteriaId;
    SyncResult result = SyncResult::Failed;
    int httpStatus = 0;
    QString trackingId;
    QString message;

    // The report's header: workspaceId,displayName,action,criteriaId,result,httpStatus,
    // trackingId,message
    static QStringList reportHeader();
    QStringList reportRow() const;
    // Writes the report CSV (libcsv, atomically): the header, then a row per action. False
    // with a sentence naming the file on failure.
    static bool writeReport(const QString &path, const QList<SyncReportRow> &rows, QString *error);
};

// How a sync goes, as its journal's first line records it (never the token).
struct SyncJournalHeader {
    QString apiRoot;
    QString orgId;
    QString source; // the desired-state file, or the template file
    bool templateMode = false;
    bool allowDelete = false;
    int concurrency = 0;
    // Version 2, written by the window: what the targets are made equal to (in template mode
    // the template, one workspace; else the desired entries) and the targets in their order,
    // so that the sync resumes without a file. Empty when the journal does not carry them
    // (version 1, and the command line's, which names its file in `source`).
    QList<WorkspaceState> entries;
    QList<BulkTarget> targets;
};

// What a sync journal says of one workspace, from its last records.
struct SyncJournalEntry {
    enum class State {
        Finished, // every planned write done (or nothing to do): never touched again
        InFlight, // a write was sent and its answer is not recorded: read before anything else
        Open,     // failed, or not reached: read, plan and send again
    };
    State state = State::Open;
    QString displayName;
    // InFlight: the write sent (its kind, the criteria's ID for update or delete, the
    // criteria sent by a create, the IDs listed before the create) and its tracking ID.
    SyncAction::Kind action = SyncAction::Kind::InSync;
    QString criteriaId;
    std::optional<Criteria> criteria;
    QStringList knownBefore;
    QString trackingId;
    // Finished: the report rows of its result, and whether it equals its entry.
    QList<SyncReportRow> rows;
    bool matched = false;
};

// A whole sync journal as read.
struct SyncJournalContents {
    SyncJournalHeader header;
    QHash<QString, SyncJournalEntry> workspaces;
    bool ended = false; // an "end" after the last "sync" or "resume"
};

// The journal of a sync: the one owner of its format. One JSON object per line, written
// through BulkJournal (flushed and fsynced in order). The first line says what the file is:
// {"event":"sync","format":"seqring-admin/sync-journal","version":2,…}; then, per
// workspace, "sending" before each write (durable before it goes), "answer" after its reply,
// "result" when the workspace is done; "resume" when a later run continues it, "end" when a
// run ends. Version 2 added the entries and targets to the "sync" record; version 1 is still
// read. A newer version is refused, so that a record it does not know is never misread as
// safe to send again.
class SyncJournal
{
    Q_DECLARE_TR_FUNCTIONS(SyncJournal)
public:
    static constexpr int kVersion = 2;
    static QString formatName(); // "seqring-admin/sync-journal"

    static QJsonObject header(const SyncJournalHeader &header);
    // Before a write: `action` as sent (its criteria or settings included); for a create
    // also `knownBefore`, the criteria IDs the workspace had when it was planned.
    static QJsonObject sending(const QString &workspaceId, const QString &displayName,
                               const SyncAction &action, const QStringList &knownBefore,
                               const QString &trackingId);
    // After its reply: `ambiguous` when the write may or may not have been carried out (it
    // stays in flight until the workspace is read again).
    static QJsonObject answer(const QString &workspaceId, const SyncAction::Kind action,
                              int httpStatus, const QString &criteriaId, const QString &trackingId,
                              bool ambiguous);
    // When the workspace is done: `finished` when every planned write was done, `matched`
    // when it equals its entry now.
    static QJsonObject result(const QString &workspaceId, const QString &displayName, bool finished,
                              bool matched, const QList<SyncReportRow> &rows);
    static QJsonObject marker(const QString &event); // "resume", "end"
    // An "end" that says the administrator chose not to resume the sync.
    static QJsonObject discarded();

    // Reads a journal. A last line cut off by a crash is ignored; a broken line before it,
    // a file that is not a sync journal or one of a newer version is an error (a sentence
    // naming the file and what to do).
    static bool load(const QString &path, SyncJournalContents *contents, QString *error);
    // The same from bytes; `shown` names the file in errors.
    static bool parse(const QByteArray &data, const QString &shown, SyncJournalContents *contents,
                      QString *error);

    static std::optional<SyncAction::Kind> kindFromWire(const QString &wire);
    static std::optional<SyncResult> resultFromWire(const QString &wire);
};

} // namespace seqring
