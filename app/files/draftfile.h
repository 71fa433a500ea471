#pragma once

#include "models/draft.h"

namespace seqring
{

// Reads and writes draft files on disk; writes are atomic (QSaveFile).
class DraftFile
{
    Q_DECLARE_TR_FUNCTIONS(DraftFile)
public:
    // Drafts are small: anything larger is not a draft.
    static constexpr qint64 kMaxDraftBytes = 256 * 1024;

    static Parsed<Draft> read(const QString &path);
    // Empty on success, else a sentence naming the file and the problem.
    static QString write(const QString &path, const Draft &draft);
};

} // namespace seqring
