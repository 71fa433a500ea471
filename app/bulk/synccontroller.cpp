#include "app/bulk/synccontroller.h"

#include "app/client/apirequests.h"
#include "app/client/workspacestatereader.h"
#include "app/files/statefile.h"
#include "app/files/syncjournal.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace seqring
{

SyncController::SyncController(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client),
      m_folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
      m_reader(new WorkspaceStateReader(client, this))
{
    connect(m_reader, &WorkspaceStateReader::finished, this,
            [this](const WorkspaceState &state, const QString &error) {
                m_reading = false;
                m_templateError = error;
                if (error.isEmpty())
                    m_template = state;
                Q_EMIT templateChanged();
            });
}

SyncController::~SyncController() = default;

void SyncController::readTemplate(const RequestContext &context, const WorkspaceState &base)
{
    m_desired.clear();
    m_template.reset();
    m_templateError.clear();
    m_reading = true;
    Q_EMIT templateChanged();
    m_reader->read(context, base);
}

void SyncController::setDesired(const QList<WorkspaceState> &entries)
{
    m_reader->cancel();
    m_reading = false;
    m_template.reset();
    m_templateError.clear();
    m_desired = entries;
    Q_EMIT templateChanged();
}

bool SyncController::check(const RequestContext &base, const QList<BulkTarget> &targets,
                           const SyncOptions &options, QString *error)
{
    return begin(base, targets, options, true, error);
}

bool SyncController::run(const RequestContext &base, const QList<BulkTarget> &targets,
                         const SyncOptions &options, QString *error)
{
    return begin(base, targets, options, false, error);
}

bool SyncController::begin(const RequestContext &base, const QList<BulkTarget> &targets,
                           const SyncOptions &options, bool dryRun, QString *error)
{
    if (isBusy()) {
        *error = tr("A sync is in progress; wait for it to finish or cancel it.");
        return false;
    }
    if (!m_template && m_desired.isEmpty()) {
        *error = m_reading ? tr("The template is still being read; try again in a moment.")
                           : tr("There is no template: its workspace could not be read (%1).")
                                 .arg(m_templateError);
        return false;
    }
    if (targets.isEmpty()) {
        *error = tr("Choose the workspaces to make match first.");
        return false;
    }
    m_base = base;
    m_targets = targets;
    m_options = options;
    m_options.dryRun = dryRun;
    m_dryRun = dryRun;
    m_journal.reset();
    if (!dryRun) {
        QDir().mkpath(m_folder);
        const QString path =
            QDir(m_folder).filePath(QStringLiteral("sync-%1.jsonl")
                                        .arg(QDateTime::currentDateTimeUtc().toString(
                                            QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
        SyncJournalHeader header;
        header.apiRoot = base.apiRoot;
        header.orgId = base.orgId;
        header.templateMode = m_template.has_value();
        header.allowDelete = options.allowDelete;
        header.concurrency = options.concurrency;
        header.entries = m_template ? QList<WorkspaceState>{*m_template} : m_desired;
        header.targets = targets;
        m_journal = std::make_unique<BulkJournal>();
        if (!m_journal->open(path, error) ||
            !m_journal->append(SyncJournal::header(header), error)) {
            m_journal.reset();
            return false;
        }
    }
    launch({});
    return true;
}

bool SyncController::resumeJournal(const QString &journalPath, const QString &token, QString *error)
{
    if (isBusy()) {
        *error = tr("A sync is in progress; wait for it to finish or cancel it.");
        return false;
    }
    SyncJournalContents contents;
    if (!SyncJournal::load(journalPath, &contents, error))
        return false;
    if (contents.ended) {
        *error = tr("The sync of the journal %1 has ended: there is nothing to resume.")
                     .arg(journalPath);
        return false;
    }
    if (token.isEmpty()) {
        *error = tr("No token for %1: set a token or sign in, then resume.")
                     .arg(contents.header.apiRoot);
        return false;
    }
    QList<BulkTarget> targets;
    if (!takeRun(journalPath, contents, &targets, error))
        return false;
    auto journal = std::make_unique<BulkJournal>();
    if (!journal->open(journalPath, error) ||
        !journal->append(SyncJournal::marker(QStringLiteral("resume")), error))
        return false;
    m_journal = std::move(journal);
    m_base = RequestContext{contents.header.apiRoot, QString(), contents.header.orgId, token};
    m_targets = targets;
    m_options = SyncOptions();
    m_options.allowDelete = contents.header.allowDelete;
    if (contents.header.concurrency > 0)
        m_options.concurrency = contents.header.concurrency;
    m_dryRun = false;
    launch(contents.workspaces);
    return true;
}

bool SyncController::takeRun(const QString &path, const SyncJournalContents &contents,
                             QList<BulkTarget> *targets, QString *error)
{
    const SyncJournalHeader &header = contents.header;
    QList<WorkspaceState> entries = header.entries;
    *targets = header.targets;
    if (targets->isEmpty() && !header.templateMode && !header.source.isEmpty()) {
        // The command line's journal of --desired: the file it names, as `sync --resume`.
        const Parsed<StateDocument> document =
            StateFileReader::read(header.source, SyncOptions().defaultRegion);
        if (!document.ok()) {
            *error = document.error;
            return false;
        }
        entries = document.value->workspaces;
        for (const WorkspaceState &entry : entries)
            targets->append({entry.id, entry.displayName, 0});
    }
    if (targets->isEmpty() || entries.isEmpty() || (header.templateMode && entries.size() != 1)) {
        *error = tr("The journal %1 does not record what its sync makes the workspaces equal "
                    "to. Resume it with the command that started it: seqring-admin sync "
                    "--resume --journal %1.")
                     .arg(path);
        return false;
    }
    m_reader->cancel();
    m_reading = false;
    m_templateError.clear();
    m_template.reset();
    m_desired.clear();
    if (header.templateMode)
        m_template = entries.constFirst();
    else
        m_desired = entries;
    Q_EMIT templateChanged();
    return true;
}

bool SyncController::discardJournal(const QString &journalPath, QString *error)
{
    BulkJournal journal;
    return journal.open(journalPath, error) && journal.append(SyncJournal::discarded(), error);
}

QString SyncController::unfinishedJournal() const
{
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("sync-*.jsonl")}, QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        SyncJournalContents contents;
        QString error;
        if (file.absoluteFilePath() == journalPath() ||
            !SyncJournal::load(file.absoluteFilePath(), &contents, &error) || contents.ended)
            continue;
        const SyncJournalHeader &header = contents.header;
        if (!header.targets.isEmpty() || (!header.templateMode && !header.source.isEmpty()))
            return file.absoluteFilePath();
    }
    return {};
}

void SyncController::launch(const QHash<QString, SyncJournalEntry> &recorded)
{
    QHash<QString, WorkspaceState> entries;
    for (const WorkspaceState &entry : m_desired)
        entries.insert(entry.id, entry);
    QList<SyncTarget> syncTargets;
    for (const BulkTarget &target : std::as_const(m_targets)) {
        if (m_template)
            syncTargets.append({target, std::nullopt});
        else if (entries.contains(target.workspaceId))
            syncTargets.append({target, entries.value(target.workspaceId)});
    }
    m_run = std::make_unique<SyncRun>(m_client, m_options);
    if (m_journal)
        m_run->setJournal(m_journal.get(), recorded);
    if (m_template)
        m_run->setTemplate(*m_template);
    m_outcomes.clear();
    Q_EMIT outcomesReset();
    connect(m_run.get(), &SyncRun::workspaceFinished, this, [this](const SyncOutcome &outcome) {
        m_outcomes.append(outcome);
        Q_EMIT outcomeAdded(int(m_outcomes.size()) - 1);
    });
    connect(m_run.get(), &SyncRun::finished, this, [this] {
        if (m_journal) {
            QString ignored; // the journal without "end" is still safe to resume
            m_journal->append(SyncJournal::marker(QStringLiteral("end")), &ignored);
        }
        Q_EMIT runFinished();
    });
    Q_EMIT runStarted(m_run.get());
    m_run->start(m_base, syncTargets);
}

int SyncController::plannedDeletes() const
{
    int deletes = 0;
    for (const SyncOutcome &outcome : m_outcomes) {
        for (const SyncAction &action : outcome.plan.actions)
            deletes += action.kind == SyncAction::Kind::DeleteCriteria &&
                               action.planned == SyncAction::Planned::Do
                           ? 1
                           : 0;
    }
    return deletes;
}

HttpRequestSpec SyncController::requestFor(int row, const SyncAction &action) const
{
    RequestContext context = m_base;
    context.workspaceId = m_outcomes.value(row).workspaceId;
    return ApiRequests::syncAction(action, context);
}

bool SyncController::exportResults(const QString &path, QString *error) const
{
    QList<SyncReportRow> rows;
    for (const SyncOutcome &outcome : m_outcomes)
        rows += outcome.rows;
    return SyncReportRow::writeReport(path, rows, error);
}

} // namespace seqring
