#pragma once

#include "models/draft.h"

namespace seqring
{

// The draft file format, its one owner: the request body in wire order plus the target
// workspace and organisation, a format name and a version. Drafts from before the version
// (version 0) still open; a newer version is refused. Writes are atomic (QSaveFile).
class DraftFile
{
    Q_DECLARE_TR_FUNCTIONS(DraftFile)
public:
    // Drafts are small: anything larger is not a draft.
    static constexpr qint64 kMaxDraftBytes = 256 * 1024;
    static constexpr int kVersion = 1;
    static QString formatName(); // "seqring-admin/draft"

    static Parsed<Draft> read(const QString &path);
    // Empty on success, else a sentence naming the file and the problem.
    static QString write(const QString &path, const Draft &draft);

    // The text of a draft: the body's keys in wire order, then the target, the format and
    // the version.
    static QByteArray toJson(const Draft &draft);
    // A draft from its text; the error says what is wrong (not the file's name).
    static Parsed<Draft> fromJson(const QByteArray &json);
};

} // namespace seqring
