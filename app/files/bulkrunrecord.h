#pragma once

#include "app/files/bulkoutcome.h"
#include "app/files/targetsfile.h"
#include "models/criteria.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqring
{

// How a bulk run goes.
struct BulkOptions {
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 10;
    int concurrency = kDefaultConcurrency; // requests at once, look-ups included
    bool createOnDuplicate = false;        // false: skip a workspace that has one alike
    bool dryRun = false;                   // check everything, send no create
    int maxCreateAttempts = 3;             // creates found not carried out are sent again
};

// What a journal says of the run itself, so that a later start can resume it without the
// window's state: the criteria, the API root and organization (never the token), the
// targets and the options, from its first "run" record; and whether it ended (an "end"
// record after the last "run", "retry" or "resume"). The lines are JournalFormat's.
struct BulkRunRecord {
    Q_DECLARE_TR_FUNCTIONS(BulkRunRecord)
public:
    Criteria criteria;
    QString apiRoot;
    QString orgId;
    QList<BulkTarget> targets;
    BulkOptions options;
    bool ended = false;

    // False with a sentence when the journal cannot be read (JournalFormat::read) or has
    // no "run" record.
    static bool read(const QString &path, BulkRunRecord *record, QString *error);
    // The report a journal holds: per workspace (in the order first recorded) its last
    // result, with the HTTP status and tracking ID of its last answer. A workspace whose
    // create was sent and never answered is reported failed, "in flight".
    static bool report(const QString &path, QList<BulkOutcome> *outcomes, QString *error);
};

} // namespace seqring
