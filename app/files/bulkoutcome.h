#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqring
{

// The result of a bulk run for one workspace: a row of the report.
struct BulkOutcome {
    Q_DECLARE_TR_FUNCTIONS(BulkOutcome)
public:
    enum class Result { Created, Skipped, Failed, WouldCreate };

    QString workspaceId;
    QString displayName;
    Result result = Result::Failed;
    QString criteriaId;
    int httpStatus = 0;
    QString trackingId;
    QString message; // why, in words; warnings (sequential ring off) included

    // created, skipped, failed, would-create
    static QString resultName(Result result);
    // `text` (an error's sentences) on one line, as a message is shown and reported.
    static QString oneLine(QString text);
    // The report's header: workspaceId,displayName,result,criteriaId,httpStatus,trackingId,message
    static QStringList reportHeader();
    QStringList reportRow() const;
    // Writes the report CSV (libcsv, atomically): the header, then a row per outcome. False
    // with a sentence naming the file on failure.
    static bool writeReport(const QString &path, const QList<BulkOutcome> &outcomes,
                            QString *error);
};

} // namespace seqring
