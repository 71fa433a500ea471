#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqring
{

// One workspace named in a targets file: by ID, or by exact display name to be looked up.
struct BulkTarget {
    QString workspaceId; // empty when only the name is known (yet)
    QString displayName; // as the file gives it, or as the look-up found it
    int line = 0;        // where the file names it (1-based)
};

// Reads the workspaces of a bulk run from a file: one workspace ID or exact display name
// per line, or a CSV (libcsv) with a `workspaceId` or `displayName` column. A leading BOM,
// CRLF, quotes and commas in quoted names are handled; a target named twice is kept once.
class TargetsFile
{
    Q_DECLARE_TR_FUNCTIONS(TargetsFile)
public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    // False with a sentence naming the file (or the line) and the problem.
    static bool read(const QString &path, QList<BulkTarget> *targets, QString *error);
    static bool parse(const QByteArray &data, QList<BulkTarget> *targets, QString *error);
    // A Webex ID: base64 of "ciscospark://…" (without padding), as every ID of the API is.
    static bool looksLikeId(const QString &text);
};

} // namespace seqring
