#include "app/program/exportsubcommand.h"

#include "app/bulk/bulkprogress.h"
#include "app/bulk/stateexport.h"
#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/files/bulkrunrecord.h"
#include "app/files/statefile.h"
#include "app/files/targetsfile.h"
#include "app/program/commandlinetoken.h"
#include "app/program/commonoptions.h"
#include "app/program/subcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>
#include <unistd.h>

namespace seqring
{

namespace
{

// The progress bar drawn on a terminal: "[#####-----] 45/200 · 3 failed".
QString progressBar(const StateExportProgress &progress)
{
    const int done = progress.read + progress.failed;
    const int total = progress.total();
    const QString counts =
        total >= 0
            ? ExportSubcommand::tr("%1/%2 · %3 failed").arg(done).arg(total).arg(progress.failed)
            : ExportSubcommand::tr("%1 read, %2 listed so far · %3 failed")
                  .arg(done)
                  .arg(progress.listed)
                  .arg(progress.failed);
    return BulkProgress::barOf(done, total) + QLatin1Char(' ') + counts;
}

} // namespace

int ExportSubcommand::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Subcommand::setUp();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the sequential ring settings and criteria of every workspace of the "
           "organisation (or of those listed) to a state file, without a window. The token "
           "is found as for apply. Exit codes: 0 every workspace read; 3 some failed (left out "
           "of the file) or the workspaces could not be listed; 2 bad input or no token."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The state file to write (JSON); it appears only when the "
                                    "export has ended."),
                                 QStringLiteral("FILE.json"));
    const QCommandLineOption workspaces(
        QStringLiteral("workspaces"),
        tr("Only these workspaces: one ID or exact display name per line, or a CSV with a "
           "workspaceId or displayName column (as apply reads them)."),
        QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write a summary, a CSV line per workspace, to FILE."),
                                 QStringLiteral("SUMMARY.csv"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Requests at once, look-ups included (1 to %1, default %2).")
            .arg(BulkOptions::kMaxConcurrency)
            .arg(BulkOptions::kDefaultConcurrency),
        QStringLiteral("N"));
    parser.addOptions({out, workspaces, csv, concurrency});
    CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> code = Subcommand::parse(parser, QStringLiteral("export")))
        return *code;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return Subcommand::badInput(tr("export needs --out FILE.json, the state file to write."));
    int requestsAtOnce = BulkOptions::kDefaultConcurrency;
    if (parser.isSet(concurrency)) {
        bool ok = false;
        requestsAtOnce = parser.value(concurrency).toInt(&ok);
        if (!ok || requestsAtOnce < 1 || requestsAtOnce > BulkOptions::kMaxConcurrency)
            return Subcommand::badInput(
                tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                    .arg(BulkOptions::kMaxConcurrency)
                    .arg(parser.value(concurrency)));
    }
    QList<BulkTarget> targets;
    QString error;
    if (parser.isSet(workspaces) && !TargetsFile::read(parser.value(workspaces), &targets, &error))
        return Subcommand::badInput(error);
    RequestContext context;
    if (!common.read(parser, &context, &error))
        return Subcommand::badInput(error);

    ApiClient client;
    if (!common.startHar(parser, &client, &error))
        return Subcommand::badInput(error);
    QSettings qsettings; // the window's: the integration signed in with, the region
    const AppSettings settings(&qsettings);
    CommandLineToken token(&client, settings);
    context.token = token.find(context.apiRoot, &error);
    if (context.token.isEmpty())
        return Subcommand::badInput(error);

    StateFileWriter writer(parser.value(out));
    StateHeader header;
    header.exportedAt = QDateTime::currentDateTimeUtc();
    header.apiRoot = context.apiRoot;
    header.orgId = context.orgId;
    if (!writer.begin(header))
        return Subcommand::badInput(writer.errorString());
    QSaveFile summary(parser.value(csv));
    if (parser.isSet(csv) &&
        (!summary.open(QIODevice::WriteOnly) || summary.write(StateFile::summaryHeader()) < 0))
        return Subcommand::badInput(tr("The summary %1 cannot be written: %2")
                                        .arg(parser.value(csv), summary.errorString()));

    StateExport run(&client, requestsAtOnce);
    run.setDefaultRegion(settings.defaultRegion());
    QTextStream err(stderr);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QString writeError;
    QObject::connect(&run, &StateExport::paused, &app, [&err, terminal](int seconds) {
        err << (terminal ? "\r\033[K" : "")
            << tr("Rate limited: every request waits %1 s.").arg(seconds) << Qt::endl;
    });
    QObject::connect(&run, &StateExport::workspaceRead, &app, [&](const WorkspaceState &state) {
        if (!writeError.isEmpty())
            return;
        bool written = writer.append(state);
        if (written && parser.isSet(csv))
            written = summary.write(StateFile::summaryRow(
                          WorkspaceSummary::of(state, run.organisationNumbers()))) >= 0;
        if (!written) {
            writeError = writer.errorString().isEmpty()
                             ? tr("The summary %1 cannot be written: %2")
                                   .arg(parser.value(csv), summary.errorString())
                             : writer.errorString();
            run.cancel();
            return;
        }
        const StateExportProgress progress = run.progress();
        if (!terminal)
            err << QStringLiteral("[%1/%2] ")
                       .arg(progress.read + progress.failed)
                       .arg(progress.total() >= 0 ? QString::number(progress.total())
                                                  : QStringLiteral("?"))
                << tr("read") << ' ' << state.displayName << Qt::endl;
    });
    QObject::connect(&run, &StateExport::workspaceFailed, &app,
                     [&](const QString &id, const QString &name, const QString &why) {
                         err << (terminal ? "\r\033[K" : "") << tr("failed") << ' '
                             << (name.isEmpty() ? id : name) << ": " << why << Qt::endl;
                     });
    if (terminal)
        QObject::connect(&run, &StateExport::progressChanged, &app,
                         [&err](const StateExportProgress &progress) {
                             err << "\r\033[K" << progressBar(progress) << Qt::flush;
                         });
    QString listError;
    QObject::connect(&run, &StateExport::finished, &app, [&listError, &app](const QString &why) {
        listError = why;
        app.quit();
    });
    if (targets.isEmpty() && !parser.isSet(workspaces))
        run.start(context);
    else
        run.start(context, targets);
    if (!run.isFinished())
        app.exec();
    if (terminal)
        err << Qt::endl; // below the bar
    token.waitForKeychain();

    int code = run.progress().failed > 0 ? kExitSomeFailed : kExitOk;
    if (!writeError.isEmpty() || !listError.isEmpty()) {
        writer.cancel();
        summary.cancelWriting();
        err << (writeError.isEmpty() ? listError : writeError) << Qt::endl;
        err << tr("Nothing was written.") << Qt::endl;
        code = kExitSomeFailed;
    } else if (!writer.commit() || (parser.isSet(csv) && !summary.commit())) {
        err << (writer.errorString().isEmpty() ? summary.errorString() : writer.errorString())
            << Qt::endl;
        code = kExitSomeFailed;
    } else {
        err << tr("%1 workspaces written to %2; %3 failed.")
                   .arg(run.progress().read)
                   .arg(parser.value(out))
                   .arg(run.progress().failed)
            << Qt::endl;
    }
    if (const QString harError = common.finish(parser, &client); !harError.isEmpty())
        err << harError << Qt::endl; // as apply: the export itself is reported above
    return code;
}

} // namespace seqring
