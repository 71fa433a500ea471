#include "app/program/applysubcommand.h"

#include "app/bulk/bulkrun.h"
#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/files/bulkjournal.h"
#include "app/files/bulkrunrecord.h"
#include "app/files/draftfile.h"
#include "app/files/journalformat.h"
#include "app/files/targetsfile.h"
#include "app/program/commandlinetoken.h"
#include "app/program/commonoptions.h"
#include "app/program/subcommand.h"
#include "models/criteriavalidator.h"
#include "models/phonenumber.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <unistd.h>

namespace seqring
{

namespace
{

// The progress bar drawn on a terminal: "[#####-----] 45/200 · 40 done, 3 failed, …".
QString progressBar(const BulkProgress &progress)
{
    const int finished = progress.total - progress.remaining;
    const QString bar = progress.bar() + QLatin1Char(' ') +
                        ApplySubcommand::tr("%1/%2 · %3 done, %4 failed, %5 skipped")
                            .arg(finished)
                            .arg(progress.total)
                            .arg(progress.created)
                            .arg(progress.failed)
                            .arg(progress.skipped);
    return bar + progress.paceText();
}

// --resume over the journal of a run that has ended: its report, and nothing sent.
int reportEnded(const QString &journalPath, const QString &reportPath)
{
    QTextStream err(stderr);
    QList<BulkOutcome> outcomes;
    QString error;
    if (!BulkRunRecord::report(journalPath, &outcomes, &error))
        return Subcommand::badInput(error);
    if (!reportPath.isEmpty() && !BulkOutcome::writeReport(reportPath, outcomes, &error)) {
        err << error << Qt::endl;
        return ApplySubcommand::kExitSomeFailed;
    }
    int failed = 0;
    for (const BulkOutcome &outcome : std::as_const(outcomes))
        failed += outcome.result == BulkOutcome::Result::Failed ? 1 : 0;
    err << ApplySubcommand::tr("The run recorded in %1 has ended: its report comes from the "
                               "journal, and nothing was sent. %2 workspaces: %3 failed.")
               .arg(journalPath)
               .arg(outcomes.size())
               .arg(failed)
        << Qt::endl;
    return failed > 0 ? ApplySubcommand::kExitSomeFailed : ApplySubcommand::kExitOk;
}

} // namespace

int ApplySubcommand::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Subcommand::setUp();
    // stderr has a line per workspace; the request log (seqring.http, off by default) only
    // when QT_LOGGING_RULES asks.

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Apply the criteria of a draft to many workspaces, without a window. The token "
           "comes from WEBEX_ACCESS_TOKEN, else from the window's sign-in with Webex for the "
           "API root (of the integration WEBEX_CLIENT_ID or the settings name; renewed when it "
           "is about to expire), else from a token kept in the keychain for the API root. Exit "
           "codes: 0 every workspace created, skipped or would-create; 3 some failed; 2 bad "
           "input or no token."));
    parser.addHelpOption();
    const QCommandLineOption draft(QStringLiteral("draft"),
                                   tr("The draft whose criteria is applied (its workspace "
                                      "ID is ignored)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption workspaces(
        QStringLiteral("workspaces"),
        tr("The workspaces: one ID or exact display name per line, or a CSV with a "
           "workspaceId or displayName column."),
        QStringLiteral("FILE"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests at once, look-ups included (1 to 10, default 4)."), QStringLiteral("N"));
    const QCommandLineOption onDuplicate(
        QStringLiteral("on-duplicate"),
        tr("A workspace that already has a criteria with the same schedule and calls-from: "
           "skip it (default) or create anyway."),
        QStringLiteral("skip|create"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check every workspace and send no create."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the results as CSV to FILE."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("Keep the journal of the run in FILE."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        tr("Continue the run recorded in the journal: nothing recorded or found as created is "
           "sent again."));
    CommonOptions common;
    common.addTo(parser);
    parser.addOptions(
        {draft, workspaces, concurrency, onDuplicate, dryRun, report, journal, resume});
    if (const std::optional<int> code = Subcommand::parse(parser, QStringLiteral("apply")))
        return *code;
    if (parser.isSet(resume) && parser.isSet(journal) && QFileInfo::exists(parser.value(journal))) {
        // A journal this version cannot read (damaged, or from a newer version) is refused
        // before anything else is asked for.
        QList<JournalLine> lines;
        QString unreadable;
        if (!JournalFormat::read(parser.value(journal), &lines, &unreadable))
            return Subcommand::badInput(unreadable);
        BulkRunRecord ended;
        QString ignored; // a journal without a run record is resumed as before
        if (BulkRunRecord::read(parser.value(journal), &ended, &ignored) && ended.ended)
            return reportEnded(parser.value(journal), parser.value(report));
    }
    if (!parser.isSet(draft) || !parser.isSet(workspaces))
        return Subcommand::badInput(tr("apply needs --draft FILE and --workspaces FILE."));

    BulkOptions options;
    if (parser.isSet(concurrency)) {
        bool ok = false;
        options.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > BulkOptions::kMaxConcurrency)
            return Subcommand::badInput(
                tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                    .arg(BulkOptions::kMaxConcurrency)
                    .arg(parser.value(concurrency)));
    }
    const QString duplicates = parser.value(onDuplicate);
    if (!duplicates.isEmpty() && duplicates != QLatin1String("skip") &&
        duplicates != QLatin1String("create"))
        return Subcommand::badInput(
            tr("--on-duplicate must be skip or create, not \"%1\".").arg(duplicates));
    options.createOnDuplicate = duplicates == QLatin1String("create");
    options.dryRun = parser.isSet(dryRun);

    const Parsed<Draft> parsed = DraftFile::read(parser.value(draft));
    if (!parsed.ok())
        return Subcommand::badInput(parsed.error);
    Criteria criteria = parsed.value->criteria;
    ValidationContext validation;
    const ValidationIssues issues = CriteriaValidator::validateCriteria(criteria, validation);
    if (CriteriaValidator::hasErrors(issues)) {
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == Severity::Error)
                QTextStream(stderr) << tr("error: ") << issue.message << Qt::endl;
        }
        return Subcommand::badInput(tr("The draft %1 is not valid.").arg(parser.value(draft)));
    }
    for (QString &number : criteria.phoneNumbers)
        number = PhoneNumbers::check(number, validation.defaultRegion).e164;

    QList<BulkTarget> targets;
    QString error;
    if (!TargetsFile::read(parser.value(workspaces), &targets, &error))
        return Subcommand::badInput(error);

    RequestContext context;
    context.orgId = parsed.value->orgId; // --org wins over the draft's
    if (!common.read(parser, &context, &error))
        return Subcommand::badInput(error);
    ApiClient client;
    if (!common.startHar(parser, &client, &error))
        return Subcommand::badInput(error);
    QSettings qsettings; // the window's: the integration signed in with
    const AppSettings settings(&qsettings);
    CommandLineToken token(&client, settings);
    context.token = token.find(context.apiRoot, &error);
    if (context.token.isEmpty())
        return Subcommand::badInput(error);

    QString journalPath = parser.value(journal);
    if (parser.isSet(resume) && journalPath.isEmpty())
        return Subcommand::badInput(
            tr("--resume needs --journal FILE, the journal of the run to continue."));
    if (journalPath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        journalPath = folder + QStringLiteral("/run-%1.jsonl")
                                   .arg(QDateTime::currentDateTimeUtc().toString(
                                       QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    }
    QHash<QString, JournalEntry> recorded;
    if (parser.isSet(resume)) {
        if (!BulkJournal::load(journalPath, &recorded, &error))
            return Subcommand::badInput(error);
    } else if (QFileInfo(journalPath).size() > 0) {
        return Subcommand::badInput(
            tr("The journal %1 already holds a run: add --resume to continue it, "
               "or choose another file.")
                .arg(journalPath));
    }
    BulkJournal journalFile;
    const QJsonObject first = parser.isSet(resume)
                                  ? JournalFormat::resume()
                                  : JournalFormat::run({criteria, context.apiRoot, context.orgId,
                                                        targets, options, false});
    if (!options.dryRun &&
        (!journalFile.open(journalPath, &error) || !journalFile.append(first, &error)))
        return Subcommand::badInput(error);

    BulkRun run(&client, options);
    if (!options.dryRun)
        run.setJournal(&journalFile, recorded);
    QTextStream err(stderr);
    // On a terminal a progress bar, with the failures above it; else a line per workspace.
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QObject::connect(&run, &BulkRun::paused, &app, [&err, terminal](int seconds) {
        err << (terminal ? "\r\033[K" : "")
            << tr("Rate limited: every request waits %1 s.").arg(seconds) << Qt::endl;
    });
    QObject::connect(
        &run, &BulkRun::workspaceFinished, &app,
        [&err, terminal](const BulkOutcome &outcome, int done, int total) {
            if (terminal && outcome.result != BulkOutcome::Result::Failed)
                return;
            err << (terminal ? "\r\033[K" : "") << QStringLiteral("[%1/%2] ").arg(done).arg(total)
                << BulkOutcome::resultName(outcome.result) << ' '
                << (outcome.displayName.isEmpty() ? outcome.workspaceId : outcome.displayName)
                << ": " << outcome.message << Qt::endl;
        });
    if (terminal)
        QObject::connect(&run, &BulkRun::progressChanged, &app,
                         [&err](const BulkProgress &progress) {
                             err << "\r\033[K" << progressBar(progress) << Qt::flush;
                         });
    QObject::connect(&run, &BulkRun::finished, &app, &QCoreApplication::quit);
    run.start(criteria, context, targets);
    if (!run.isFinished())
        app.exec();

    if (terminal)
        err << Qt::endl;     // below the bar
    token.waitForKeychain(); // a renewal during the run is kept
    if (!options.dryRun && !journalFile.append(JournalFormat::end(), &error))
        err << error << Qt::endl;
    if (const QString harError = common.finish(parser, &client); !harError.isEmpty())
        err << harError << Qt::endl; // the run itself is reported below
    int failed = 0;
    for (const BulkOutcome &outcome : run.outcomes())
        failed += outcome.result == BulkOutcome::Result::Failed ? 1 : 0;
    if (parser.isSet(report) &&
        !BulkOutcome::writeReport(parser.value(report), run.outcomes(), &error)) {
        err << error << Qt::endl;
        return kExitSomeFailed;
    }
    err << tr("%1 workspaces: %2 failed. Journal: %3")
               .arg(run.outcomes().size())
               .arg(failed)
               .arg(options.dryRun ? tr("none (dry run)") : journalPath)
        << Qt::endl;
    return failed > 0 ? kExitSomeFailed : kExitOk;
}

} // namespace seqring
