#pragma once

#include "app/files/draftfile.h"
#include "models/sequentialringsettings.h"

#include <QDateTime>
#include <optional>

namespace seqring
{

// What the autosave keeps of the window: the target, the criteria form as typed, edit mode
// (the criteria's ID and what was loaded, so a restored edit is checked against the service
// before it is saved) and the ring settings editor when it is open. No token.
struct AutosaveState {
    QDateTime savedAt;     // UTC
    QString environment;   // TargetModel::environmentName()
    QString customApiRoot; // the API root of the Custom environment; else empty
    // The criteria as typed (its schedule kept while it is off, the numbers as typed), and
    // the workspace and organisation: a draft.
    Draft form;
    bool hasSchedule = false;
    QString criteriaId; // edit mode; empty in create mode
    Criteria loaded;    // edit mode: the criteria as it was loaded from the service
    // The editor's five number slots as typed, empty ones included; unset: it was closed.
    std::optional<SequentialRingSettings> ring;

    bool isEditing() const { return !criteriaId.isEmpty(); }
    // False for an empty create form with no editor open: nothing worth keeping.
    bool holdsWork() const;
};

// Reads and writes the autosave file: versioned JSON (a format name and a version number),
// the criteria part written and read by the draft writer and reader (DraftFile). Writes are
// atomic (QSaveFile). A file that cannot be read is set aside beside it, never used.
class AutosaveFile
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveFile)
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    // The JSON of a state; and back, or a sentence naming the key and the problem.
    static QByteArray toJson(const AutosaveState &state);
    static Parsed<AutosaveState> fromJson(const QByteArray &json);

    // The file in the app's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // Empty on success, else a sentence naming the file and the problem.
    static QString write(const QString &path, const AutosaveState &state);
    // No value and no error: there is no file. An error names the file and the problem.
    static Parsed<AutosaveState> read(const QString &path);
    // Renames an unreadable autosave beside it (…-unreadable-<UTC time>.json) so that it is
    // neither offered again nor lost; returns the new path, or empty if even that failed
    // (the file is then removed, so it is not offered at every start).
    static QString setAside(const QString &path, const QDateTime &now);
    // How long ago `savedAt` was, in words: "just now", "5 minutes ago", "2 days ago".
    static QString describeAge(const QDateTime &savedAt, const QDateTime &now);
};

} // namespace seqring
