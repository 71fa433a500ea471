#include "app/program/syncsubcommand.h"

#include "app/bulk/syncrun.h"
#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/files/bulkjournal.h"
#include "app/files/statefile.h"
#include "app/files/syncjournal.h"
#include "app/files/targetsfile.h"
#include "app/program/commandlinetoken.h"
#include "app/program/commonoptions.h"
#include "app/program/subcommand.h"
#include "app/program/syncprogress.h"

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

// The options of `sync`, one definition, with those every subcommand shares.
struct SyncOptionSet {
    CommonOptions common;
    QCommandLineOption desired{QStringLiteral("desired"),
                               SyncSubcommand::tr("The state file each workspace listed in it "
                                                  "is made equal to; others are not touched."),
                               QStringLiteral("FILE.json")};
    QCommandLineOption templateFile{
        QStringLiteral("template"),
        SyncSubcommand::tr("A state file with one workspace whose ring settings and criteria "
                           "every target gets (with --workspaces)."),
        QStringLiteral("FILE.json")};
    QCommandLineOption workspaces{
        QStringLiteral("workspaces"),
        SyncSubcommand::tr("The targets of --template: one ID or exact display name per line, "
                           "or a CSV with a workspaceId or displayName column."),
        QStringLiteral("TARGETS")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              SyncSubcommand::tr("Read and plan every workspace; send nothing.")};
    QCommandLineOption allowDelete{
        QStringLiteral("allow-delete"),
        SyncSubcommand::tr("Delete the criteria a workspace has and its entry has not (else "
                           "they are kept, and the workspace does not match).")};
    QCommandLineOption journal{QStringLiteral("journal"),
                               SyncSubcommand::tr("Keep the journal of the sync in FILE."),
                               QStringLiteral("FILE")};
    QCommandLineOption resume{
        QStringLiteral("resume"),
        SyncSubcommand::tr("Continue the sync recorded in the journal: workspaces it finished "
                           "are not touched, a write it sent unanswered is checked by reading.")};
    QCommandLineOption report{QStringLiteral("report"),
                              SyncSubcommand::tr("Write a row per action as CSV to FILE."),
                              QStringLiteral("FILE.csv")};
    QCommandLineOption concurrency{
        QStringLiteral("concurrency"),
        SyncSubcommand::tr("Requests at once, reads included (1 to 10, default 4)."),
        QStringLiteral("N")};
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({desired, templateFile, workspaces, dryRun, allowDelete, journal, resume,
                           report, concurrency});
        common.addTo(parser); // --base-url, --org, --har, --verbose
    }
};

// The workspaces to sync, from --desired or from --template and --workspaces. False with the
// sentence to print.
bool readTargets(const QCommandLineParser &parser, const SyncOptionSet &o, const QString &region,
                 QList<SyncTarget> *targets, std::optional<WorkspaceState> *templateState,
                 StateHeader *header, QString *error)
{
    const bool byTemplate = parser.isSet(o.templateFile);
    if (byTemplate == parser.isSet(o.desired)) {
        *error = SyncSubcommand::tr("sync needs either --desired FILE.json, or --template "
                                    "FILE.json with --workspaces TARGETS.");
        return false;
    }
    if (byTemplate != parser.isSet(o.workspaces)) {
        *error = byTemplate ? SyncSubcommand::tr("--template needs --workspaces TARGETS, the "
                                                 "workspaces to give the template to.")
                            : SyncSubcommand::tr("--workspaces goes with --template; with "
                                                 "--desired the file lists the workspaces.");
        return false;
    }
    const QString path = parser.value(byTemplate ? o.templateFile : o.desired);
    const Parsed<StateDocument> document = StateFileReader::read(path, region);
    if (!document.ok()) {
        *error = document.error;
        return false;
    }
    *header = document.value->header;
    if (byTemplate) {
        if (document.value->workspaces.size() != 1) {
            *error = SyncSubcommand::tr("The template %1 holds %2 workspaces; a template holds "
                                        "exactly one. Export one workspace, or use --desired.")
                         .arg(path)
                         .arg(document.value->workspaces.size());
            return false;
        }
        *templateState = document.value->workspaces.constFirst();
        QList<BulkTarget> named;
        if (!TargetsFile::read(parser.value(o.workspaces), &named, error))
            return false;
        for (const BulkTarget &target : std::as_const(named))
            targets->append({target, std::nullopt});
        return true;
    }
    for (const WorkspaceState &workspace : document.value->workspaces) {
        if (workspace.id.isEmpty()) {
            *error = SyncSubcommand::tr("The workspace \"%1\" in %2 has no \"id\"; a desired "
                                        "state names each workspace by its ID.")
                         .arg(workspace.displayName, path);
            return false;
        }
        targets->append({{workspace.id, workspace.displayName, 0}, workspace});
    }
    return true;
}

} // namespace

int SyncSubcommand::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Subcommand::setUp();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Make workspaces equal to a state file (their ring settings and criteria), "
           "without a window: each workspace is read, planned and sent only what differs. The "
           "token is found as for apply. Exit codes: 0 every workspace matches (or would, in a "
           "dry run); 3 some failed or were left not matching; 2 bad input or no token."));
    parser.addHelpOption();
    SyncOptionSet o;
    o.addTo(parser);
    if (const std::optional<int> code = Subcommand::parse(parser, QStringLiteral("sync")))
        return *code;
    QSettings qsettings; // the window's: the integration signed in with, the region
    const AppSettings settings(&qsettings);
    SyncOptions options;
    options.defaultRegion = settings.defaultRegion();
    options.dryRun = parser.isSet(o.dryRun);
    options.allowDelete = parser.isSet(o.allowDelete);
    if (parser.isSet(o.concurrency)) {
        bool ok = false;
        options.concurrency = parser.value(o.concurrency).toInt(&ok);
        if (!ok || options.concurrency < 1 || options.concurrency > BulkOptions::kMaxConcurrency)
            return Subcommand::badInput(
                tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                    .arg(BulkOptions::kMaxConcurrency)
                    .arg(parser.value(o.concurrency)));
    }
    QList<SyncTarget> targets;
    std::optional<WorkspaceState> templateState;
    StateHeader fileHeader;
    QString error;
    if (!readTargets(parser, o, options.defaultRegion, &targets, &templateState, &fileHeader,
                     &error))
        return Subcommand::badInput(error);

    RequestContext context;
    if (!o.common.read(parser, &context, &error))
        return Subcommand::badInput(error);
    if (!parser.isSet(o.common.org))
        context.orgId = fileHeader.orgId;

    // The journal before the token: a journal that cannot be resumed costs no sign-in.
    QString journalPath = parser.value(o.journal);
    if (parser.isSet(o.resume) && journalPath.isEmpty())
        return Subcommand::badInput(
            tr("--resume needs --journal FILE, the journal of the sync to continue."));
    SyncJournalContents recorded;
    if (parser.isSet(o.resume)) {
        if (!SyncJournal::load(journalPath, &recorded, &error))
            return Subcommand::badInput(error);
    } else if (!journalPath.isEmpty() && QFileInfo(journalPath).size() > 0) {
        return Subcommand::badInput(
            tr("The journal %1 already holds a run: add --resume to continue it, "
               "or choose another file.")
                .arg(journalPath));
    }
    if (journalPath.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        journalPath = folder + QStringLiteral("/sync-%1.jsonl")
                                   .arg(QDateTime::currentDateTimeUtc().toString(
                                       QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    }

    ApiClient client;
    if (!o.common.startHar(parser, &client, &error))
        return Subcommand::badInput(error);
    CommandLineToken token(&client, settings);
    context.token = token.find(context.apiRoot, &error);
    if (context.token.isEmpty())
        return Subcommand::badInput(error);

    BulkJournal journalFile;
    SyncJournalHeader header;
    header.apiRoot = context.apiRoot;
    header.orgId = context.orgId;
    header.source =
        QFileInfo(parser.value(templateState ? o.templateFile : o.desired)).absoluteFilePath();
    header.templateMode = templateState.has_value();
    header.allowDelete = options.allowDelete;
    header.concurrency = options.concurrency;
    const QJsonObject first = parser.isSet(o.resume) ? SyncJournal::marker(QStringLiteral("resume"))
                                                     : SyncJournal::header(header);
    if (!options.dryRun &&
        (!journalFile.open(journalPath, &error) || !journalFile.append(first, &error)))
        return Subcommand::badInput(error);

    SyncRun run(&client, options);
    if (!options.dryRun)
        run.setJournal(&journalFile, recorded.workspaces);
    if (templateState)
        run.setTemplate(*templateState);
    QTextStream err(stderr);
    // On a terminal a live line, with the failures above it; else a line per workspace.
    SyncProgress progress(&run, &err, ::isatty(STDERR_FILENO) == 1, options.dryRun);
    QObject::connect(&run, &SyncRun::finished, &app, &QCoreApplication::quit);
    run.start(context, targets);
    if (!run.isFinished())
        app.exec();
    progress.finish();

    token.waitForKeychain(); // a renewal during the run is kept
    if (!options.dryRun && !journalFile.append(SyncJournal::marker(QStringLiteral("end")), &error))
        err << error << Qt::endl;
    QList<SyncReportRow> rows;
    int notMatching = 0;
    int failed = 0;
    for (const SyncOutcome &outcome : run.outcomes()) {
        rows += outcome.rows;
        notMatching += outcome.matched ? 0 : 1;
        failed += outcome.failed ? 1 : 0;
    }
    int code = notMatching > 0 ? kExitNotMatching : kExitOk;
    if (parser.isSet(o.report) &&
        !SyncReportRow::writeReport(parser.value(o.report), rows, &error)) {
        err << error << Qt::endl;
        code = kExitNotMatching;
    }
    if (const QString harError = o.common.finish(parser, &client); !harError.isEmpty()) {
        err << harError << Qt::endl;
        code = kExitNotMatching;
    }
    err << tr("%1 workspaces: %2 match, %3 failed, %4 left not matching. Journal: %5")
               .arg(run.outcomes().size())
               .arg(run.outcomes().size() - notMatching)
               .arg(failed)
               .arg(notMatching - failed)
               .arg(options.dryRun ? tr("none (dry run)") : journalPath)
        << Qt::endl;
    return code;
}

} // namespace seqring
