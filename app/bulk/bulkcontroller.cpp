#include "app/bulk/bulkcontroller.h"

#include "app/client/apirequests.h"
#include "app/files/journalformat.h"
#include "models/webexid.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace seqring
{

BulkController::BulkController(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client),
      m_folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
}

BulkController::~BulkController() = default;

bool BulkController::check(const Criteria &criteria, const RequestContext &base,
                           const QList<BulkTarget> &targets, const BulkOptions &options,
                           QString *error)
{
    return begin(criteria, base, targets, options, true, error);
}

bool BulkController::run(const Criteria &criteria, const RequestContext &base,
                         const QList<BulkTarget> &targets, const BulkOptions &options,
                         QString *error)
{
    return begin(criteria, base, targets, options, false, error);
}

bool BulkController::begin(const Criteria &criteria, const RequestContext &base,
                           const QList<BulkTarget> &targets, const BulkOptions &options,
                           bool dryRun, QString *error)
{
    if (isBusy()) {
        *error = tr("A run is in progress; wait for it to finish or cancel it.");
        return false;
    }
    m_record = BulkRunRecord{criteria, base.apiRoot, base.orgId, targets, options, false};
    m_record.options.dryRun = dryRun;
    m_base = base;
    m_dryRun = dryRun;
    m_journal.reset();
    if (!dryRun) {
        QDir().mkpath(m_folder);
        const QString path =
            QDir(m_folder).filePath(QStringLiteral("run-%1.jsonl")
                                        .arg(QDateTime::currentDateTimeUtc().toString(
                                            QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        if (!openJournal(path, JournalFormat::run(m_record), error))
            return false;
    }
    startRun(targets, {}, !dryRun, false);
    return true;
}

bool BulkController::retryFailed(QString *error)
{
    if (isBusy() || m_dryRun || !m_journal) {
        *error = tr("Retry failed needs a finished run (not a check).");
        return false;
    }
    QList<BulkTarget> targets;
    for (const BulkOutcome &outcome : m_outcomes) {
        if (outcome.result == BulkOutcome::Result::Failed)
            targets.append({outcome.workspaceId, outcome.displayName, 0});
    }
    if (targets.isEmpty()) {
        *error = tr("No workspace failed: there is nothing to retry.");
        return false;
    }
    QHash<QString, JournalEntry> recorded;
    if (!BulkJournal::load(m_journal->path(), &recorded, error) ||
        !m_journal->append(JournalFormat::retry(), error))
        return false;
    startRun(targets, recorded, true, true);
    return true;
}

bool BulkController::resumeJournal(const QString &journalPath, const QString &token, QString *error)
{
    if (isBusy()) {
        *error = tr("A run is in progress; wait for it to finish or cancel it.");
        return false;
    }
    BulkRunRecord record;
    QHash<QString, JournalEntry> recorded;
    if (!BulkRunRecord::read(journalPath, &record, error) ||
        !BulkJournal::load(journalPath, &recorded, error))
        return false;
    if (token.isEmpty()) {
        *error = tr("No token for %1: set a token or sign in, then resume.").arg(record.apiRoot);
        return false;
    }
    m_record = record;
    m_base = RequestContext{record.apiRoot, QString(), record.orgId, token};
    m_dryRun = false;
    if (!openJournal(journalPath, JournalFormat::resume(), error))
        return false;
    startRun(record.targets, recorded, true, false);
    return true;
}

bool BulkController::discardJournal(const QString &journalPath, QString *error)
{
    BulkJournal journal;
    return journal.open(journalPath, error) && journal.append(JournalFormat::end(true), error);
}

QString BulkController::unfinishedJournal() const
{
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("run-*.jsonl")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        BulkRunRecord record;
        QString error;
        if (file.absoluteFilePath() != journalPath() &&
            BulkRunRecord::read(file.absoluteFilePath(), &record, &error) && !record.ended)
            return file.absoluteFilePath();
    }
    return {};
}

bool BulkController::openJournal(const QString &path, const QJsonObject &first, QString *error)
{
    auto journal = std::make_unique<BulkJournal>();
    if (!journal->open(path, error) || !journal->append(first, error))
        return false;
    m_journal = std::move(journal);
    return true;
}

void BulkController::startRun(const QList<BulkTarget> &targets,
                              const QHash<QString, JournalEntry> &recorded, bool withJournal,
                              bool keepRows)
{
    if (!keepRows) {
        m_outcomes.clear();
        m_rows.clear();
        Q_EMIT outcomesReset();
    }
    BulkOptions options = m_record.options;
    options.dryRun = m_dryRun;
    m_run = std::make_unique<BulkRun>(m_client, options);
    if (withJournal)
        m_run->setJournal(m_journal.get(), recorded);
    connect(m_run.get(), &BulkRun::workspaceFinished, this, &BulkController::onOutcome);
    connect(m_run.get(), &BulkRun::finished, this, [this] {
        QString ignored; // a journal that fails here has already failed a workspace
        if (m_journal && !m_dryRun)
            m_journal->append(JournalFormat::end(), &ignored);
        Q_EMIT runFinished();
    });
    Q_EMIT runStarted(m_run.get());
    m_run->start(m_record.criteria, m_base, targets);
}

QString BulkController::keyOf(const QString &workspaceId, const QString &displayName)
{
    return workspaceId.isEmpty() ? QStringLiteral("name:") + displayName
                                 : WebexId::key(workspaceId);
}

void BulkController::onOutcome(const BulkOutcome &outcome)
{
    int row = m_rows.value(keyOf(outcome.workspaceId, outcome.displayName), -1);
    if (row < 0)
        row = m_rows.value(keyOf(QString(), outcome.displayName), -1); // found by name now
    if (row >= 0) {
        m_outcomes[row] = outcome;
        m_rows.insert(keyOf(outcome.workspaceId, outcome.displayName), row);
        Q_EMIT outcomeChanged(row, false);
        return;
    }
    m_outcomes.append(outcome);
    row = int(m_outcomes.size()) - 1;
    m_rows.insert(keyOf(outcome.workspaceId, outcome.displayName), row);
    Q_EMIT outcomeChanged(row, true);
}

int BulkController::failedCount() const
{
    int failed = 0;
    for (const BulkOutcome &outcome : m_outcomes)
        failed += outcome.result == BulkOutcome::Result::Failed ? 1 : 0;
    return failed;
}

HttpRequestSpec BulkController::requestFor(int row) const
{
    if (row < 0 || row >= m_outcomes.size() || m_outcomes.at(row).workspaceId.isEmpty())
        return {};
    const BulkOutcome &outcome = m_outcomes.at(row);
    RequestContext context = m_base;
    context.workspaceId = outcome.workspaceId;
    return ApiRequests::createCriteria(m_record.criteria, context,
                                       outcome.trackingId.isEmpty() ? ApiRequests::newTrackingId()
                                                                    : outcome.trackingId);
}

bool BulkController::exportResults(const QString &path, QString *error) const
{
    return BulkOutcome::writeReport(path, m_outcomes, error);
}

} // namespace seqring
