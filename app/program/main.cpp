// seqring-admin: the composition root. Parses the command line, then either prints a
// request preview (no window) or builds the services (settings, API client, token store,
// provider and renewer, the TargetModel, sign-in, the sandbox when asked for) and hands them to
// the window.
#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/files/autosavefile.h"
#include "app/program/applysubcommand.h"
#include "app/program/commonoptions.h"
#include "app/program/exportsubcommand.h"
#include "app/program/firstframereport.h"
#include "app/program/previewsubcommand.h"
#include "app/program/signalwatcher.h"
#include "app/program/syncsubcommand.h"
#include "app/program/testcallsubcommand.h"
#include "app/sandbox/sandboxserver.h"
#include "app/signin/tokenprovider.h"
#include "app/signin/tokenrenewer.h"
#include "app/signin/tokenstore.h"
#include "app/workspace/signincontroller.h"
#include "app/workspace/targetmodel.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/matchactions.h"
#include "ui/mainwindow.h"
#include "ui/screenshotscenes.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <cstring>
#include <memory>

namespace
{

// Options that never open a window get a QCoreApplication, so they work without a display.
bool consoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--preview", "--help", "-h", "--version", "-v", "--help-all"}) {
            if (std::strcmp(argv[i], option) == 0 || (std::strncmp(argv[i], "--preview=", 10) == 0))
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "apply") == 0)
        return seqring::ApplySubcommand::main(argc, argv); // no window: scripts and cron
    if (argc > 1 && std::strcmp(argv[1], "test-call") == 0)
        return seqring::TestCallSubcommand::main(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "sync") == 0)
        return seqring::SyncSubcommand::main(argc, argv);
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return seqring::ExportSubcommand::main(argc, argv);
    // No worker thread loads libphonenumber's metadata ahead: the window's region list, built
    // first, waits for it anyway, and on two busy cores the thread made the first frame later
    // and its peak RSS larger (its own malloc arena). The first use loads it.
    const bool console = consoleOnly(argc, argv);
    std::unique_ptr<QCoreApplication> app(console ? new QCoreApplication(argc, argv)
                                                  : new QApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("seqring-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("seqring-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQRING_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Create Webex Calling sequential ring criteria for a workspace, and see the "
                "exact request before sending it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("apply"),
        QCoreApplication::translate("main", "Apply a draft's criteria to many workspaces, with "
                                            "no window; see seqring-admin apply --help."),
        QStringLiteral("[apply]"));
    parser.addPositionalArgument(
        QStringLiteral("test-call"),
        QCoreApplication::translate("main", "Tell what happens to one call to a workspace, with "
                                            "no window; see seqring-admin test-call --help."),
        QStringLiteral("[test-call]"));
    parser.addPositionalArgument(
        QStringLiteral("sync"),
        QCoreApplication::translate("main", "Make workspaces equal to a state file, with no "
                                            "window; see seqring-admin sync --help."),
        QStringLiteral("[sync]"));
    parser.addPositionalArgument(
        QStringLiteral("export"),
        QCoreApplication::translate("main", "Export every workspace's sequential ring settings "
                                            "and criteria to a state file, with no window; see "
                                            "seqring-admin export --help."),
        QStringLiteral("[export]"));
    parser.addPositionalArgument(
        QStringLiteral("draft"),
        QCoreApplication::translate("main", "A draft to open in the window, as --open does (the "
                                            "desktop entry passes the file opened with it)."),
        QStringLiteral("[DRAFT.json]"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Use the built-in sandbox API with its demo token."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QCoreApplication::translate("main", "Workspace ID."),
                                       QStringLiteral("ID"));
    const QCommandLineOption clientId(
        QStringLiteral("client-id"),
        QCoreApplication::translate("main", "Client ID of the Webex integration to sign in with "
                                            "(else WEBEX_CLIENT_ID, else the settings)."),
        QStringLiteral("ID"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface (de, fr, ja, en)."),
        QStringLiteral("CODE"));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        QCoreApplication::translate("main", "Print the request DRAFT would send (token "
                                            "redacted) and exit; exit code 2 if it is invalid."),
        QStringLiteral("DRAFT.json"));
    const QCommandLineOption open(
        QStringLiteral("open"), QCoreApplication::translate("main", "Open a draft in the window."),
        QStringLiteral("DRAFT.json"));
    // Hidden: pictures for the documentation, and start-up measurements.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("PNG"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption scene(QStringLiteral("screenshot-scene"), QString(), QStringLiteral("NAME"));
    scene.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"));
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    seqring::CommonOptions common;
    common.addTo(parser);
    parser.addOptions({sandboxOption, workspace, clientId, lang, preview, open, screenshot, scene,
                       quitAfterPaint});
    parser.process(*app);
    if (parser.isSet(common.verbose)) // seqring.http is off by default (app/client/httplog.h)
        QLoggingCategory::setFilterRules(QStringLiteral("seqring.http.info=true"));
    if (parser.positionalArguments().size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main",
                                                           "One draft at a time: %1 were given.")
                                   .arg(parser.positionalArguments().join(QLatin1String(", ")))
                            << Qt::endl;
        return 2;
    }

    // --lang wins; else the choice made in View > Language; else the system's language.
    QSettings qsettings;
    seqring::AppSettings settings(&qsettings);
    seqring::Translations::install(parser.isSet(lang) ? parser.value(lang) : settings.language());

    if (parser.isSet(preview)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        seqring::PreviewSubcommand::Options options;
        options.draftPath = parser.value(preview);
        options.apiRoot = parser.value(common.baseUrl);
        options.workspaceId = parser.value(workspace);
        options.orgId = parser.value(common.org);
        options.token = qEnvironmentVariable("WEBEX_ACCESS_TOKEN");
        return seqring::PreviewSubcommand::run(options, out, err);
    }

    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("seqring-admin"), QIcon(QStringLiteral(":/icons/seqring-admin.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("seqring-admin"));

    // SIGTERM (a desktop session's logout), SIGINT and SIGHUP end the app as Quit does.
    seqring::SignalWatcher signalWatcher({SIGTERM, SIGINT, SIGHUP});

    // The services, built here and only here.
    seqring::ApiClient client;
    if (QString problem; !common.startHar(parser, &client, &problem)) {
        QTextStream(stderr) << problem << Qt::endl;
        return 2;
    }
    seqring::TokenStore tokenStore(QStringLiteral("seqring-admin"));
    seqring::TokenProvider tokens(&tokenStore);
    seqring::TargetModel target(&tokens);
    seqring::TokenRenewer renewer(client.networkAccessManager(), &tokens);
    client.setTokenRefresher(&renewer);
    renewer.setRequestLog(client.requestLog()); // its token requests in the log and --har
    std::unique_ptr<seqring::sandbox::SandboxServer> sandbox;
    target.setSandboxStarter([&sandbox] {
        seqring::TargetModel::SandboxEndpoint endpoint;
        if (!sandbox) {
            auto server = std::make_unique<seqring::sandbox::SandboxServer>();
            if (!server->start(0, &endpoint.error))
                return endpoint;
            sandbox = std::move(server);
        }
        endpoint.apiRoot = sandbox->apiRoot();
        endpoint.demoToken = sandbox->demoToken();
        endpoint.clientId = sandbox->oauthClientId();
        endpoint.clientSecret = sandbox->oauthClientSecret();
        return endpoint;
    });

    seqring::SignInController signIn(
        &target, &client, &settings,
        seqring::SignInController::Overrides::fromEnvironment(parser.value(clientId)));
    seqring::MainWindow window(
        {&settings, &client, &target, &signIn, seqring::AutosaveFile::defaultPath()});
    QObject::connect(&signalWatcher, &seqring::SignalWatcher::received, &window, [&window] {
        window.closeUnconfirmed(); // saves the settings, keeps the autosave
        QCoreApplication::quit();
    });
    seqring::TargetModel::Overrides overrides;
    overrides.sandbox = parser.isSet(sandboxOption);
    overrides.baseUrl = parser.value(common.baseUrl);
    overrides.workspaceId = parser.value(workspace);
    overrides.orgId = parser.value(common.org);
    target.load(settings, overrides);
    if (parser.isSet(open))
        window.openDraft(parser.value(open));
    else if (!parser.positionalArguments().isEmpty())
        window.openDraft(parser.positionalArguments().constFirst());
    window.show();
    seqring::BulkActions *bulk = window.bulkActions();
    if (parser.isSet(screenshot) && parser.isSet(scene)) {
        // A scene of the documentation: the window driven to it, then its subject saved.
        auto *shot = seqring::ScreenshotScene::create(parser.value(scene), &window);
        if (!shot) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "Unknown screenshot scene %1; "
                                                               "the scenes are: %2.")
                                       .arg(parser.value(scene),
                                            seqring::ScreenshotScene::names().join(
                                                QLatin1String(", ")))
                                << Qt::endl;
            return 2;
        }
        QObject::connect(shot, &seqring::ScreenshotScene::ready, &window,
                         [path = parser.value(screenshot)](QWidget *subject) {
                             QCoreApplication::exit(subject && subject->grab().save(path) ? 0 : 1);
                         });
        QObject::connect(shot, &seqring::ScreenshotScene::failed, &window,
                         [](const QString &reason) {
                             QTextStream(stderr) << reason << Qt::endl;
                             QCoreApplication::exit(1);
                         });
        if (sandbox && (parser.value(scene) == QLatin1String("bulk") ||
                        parser.value(scene) == QLatin1String("match")))
            sandbox->generateWorkspaces(6); // a few more targets for the bulk window's picture
        shot->start();
    } else if (parser.isSet(screenshot)) {
        // Let the layout settle and the sandbox lookups answer, then save what the window shows.
        QTimer::singleShot(1500, &window, [&window, path = parser.value(screenshot)] {
            const bool saved = window.grab().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (parser.isSet(quitAfterPaint)) {
        new seqring::FirstFrameReport(&window); // start-up measurements (tests/bench)
    } else {
        // A bulk run or a sync whose journal did not end (the app was killed): offer to
        // resume it.
        QTimer::singleShot(0, bulk, &seqring::BulkActions::offerResume);
        QTimer::singleShot(0, window.matchActions(), &seqring::MatchActions::offerResume);
    }
    int code = app->exec();
    if (const QString error = common.finish(parser, &client); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        code = code != 0 ? code : 1;
    }
    return code;
}
