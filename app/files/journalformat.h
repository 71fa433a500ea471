#pragma once

#include "app/files/bulkrunrecord.h"
#include "app/files/targetsfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqring
{

// One line of an apply journal, as read: its kind and the fields that kind carries.
struct JournalLine {
    enum class Kind {
        Run,     // opens a journal: the run (criteria, API root, organisation, targets)
        Sending, // a create is about to be sent
        Answer,  // the create's answer
        Result,  // the workspace is done
        Retry,   // the failed workspaces are run again
        Resume,  // a later start goes on with the run
        End,     // the run ended
        Other,   // a kind this version does not know: ignored
    };
    Kind kind = Kind::Other;
    QString workspaceId; // Sending, Answer, Result
    QString displayName;
    QString trackingId;      // Sending, Answer
    QStringList knownBefore; // Sending: criteria IDs listed before the create
    int httpStatus = 0;      // Answer
    QString criteriaId;      // Answer, Result
    QString result;          // Result: created, skipped or failed (BulkOutcome::resultName)
    QString message;         // Result
    bool unresolved = false; // Result: a create whose outcome could not be found out
    BulkRunRecord run;       // Run (its `ended` is false)
    int version = 0;         // Run: the format version; 0 for journals from before versions
};

// The apply journal's format, its one owner: a builder for every kind of line and the one
// reader of a journal file. One JSON object per line; the "run" line names the format and
// its version, so that a journal written by an older build still resumes (version 0 had
// neither) and one from a newer build is refused instead of half understood.
class JournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(JournalFormat)
public:
    static constexpr int kVersion = 1;
    static QString formatName(); // "seqring-admin/journal"

    static QJsonObject run(const BulkRunRecord &record);
    static QJsonObject sending(const BulkTarget &workspace, const QString &trackingId,
                               const QStringList &knownBefore);
    static QJsonObject answer(const BulkTarget &workspace, int httpStatus,
                              const QString &criteriaId, const QString &trackingId);
    // `result` is BulkOutcome::resultName(); `unresolved` for a create that may exist.
    static QJsonObject result(const BulkTarget &workspace, const QString &result,
                              const QString &criteriaId, const QString &message,
                              bool unresolved = false);
    static QJsonObject retry();
    static QJsonObject resume();
    // `discarded`: the administrator chose not to resume it.
    static QJsonObject end(bool discarded = false);

    // Parses one line. False with a sentence when it is not a JSON object or its run record
    // cannot be read.
    static bool parse(const QByteArray &line, JournalLine *parsed, QString *error);
    // Reads every line of the journal at `path`. A last line cut off by a crash is left
    // out (its step did not happen); a broken line before it, a journal of another format
    // or of a version newer than kVersion is an error naming the file.
    static bool read(const QString &path, QList<JournalLine> *lines, QString *error);
};

} // namespace seqring
