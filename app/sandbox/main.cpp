// seqring-sandbox: runs the local Webex-compatible API until interrupted.
#include "app/sandbox/sandboxfaults.h"
#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

using seqring::sandbox::SandboxServer;

namespace
{

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

// Reads a count option: absent -> fallback; present but not a whole number >= 0 -> false.
bool countOption(const QCommandLineParser &parser, const QString &name, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    return ok && *value >= 0;
}

// The command line of seqring-sandbox: options, fault settings, the listening lines.
// Its text is plain English, never translated: the sandbox stands in for a service that is not.
int runCommandLine(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Webex-compatible API with demo data, for trying seqring-admin safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("Listen on port N of 127.0.0.1 (default: chosen by the system)."),
         QStringLiteral("N")},
        {QStringLiteral("state"),
         QStringLiteral("Load the data from FILE (created from the demo data when "
                        "missing) and save every change back to it."),
         QStringLiteral("FILE")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Allow N requests per SECONDS, then answer 429 with Retry-After."),
         QStringLiteral("N/SECONDS")},
        {QStringLiteral("rate-limit-first"),
         QStringLiteral("With --rate-limit, the first window of each run of a token (its first "
                        "request, or its first after two quiet windows) admits only N."),
         QStringLiteral("N")},
        {QStringLiteral("force-status"),
         QStringLiteral("Answer the next COUNT requests (default 1) with HTTP status CODE."),
         QStringLiteral("CODE[:COUNT]")},
        {QStringLiteral("retry-after"),
         QStringLiteral("Retry-After value sent with --force-status."), QStringLiteral("VALUE")},
        {QStringLiteral("latency"), QStringLiteral("Delay every answer by MS milliseconds."),
         QStringLiteral("MS")},
        {QStringLiteral("drop"), QStringLiteral("Close the next N connections without an answer."),
         QStringLiteral("N")},
        {QStringLiteral("malformed"),
         QStringLiteral("Answer the next N requests with broken JSON."), QStringLiteral("N")},
        {QStringLiteral("oversized"),
         QStringLiteral("Answer the next N requests with a reply over 1 MiB."),
         QStringLiteral("N")},
        {QStringLiteral("token-lifetime"),
         QStringLiteral("Access tokens issued by sign-in last SECONDS (default 14 days), to "
                        "show a refresh."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("redirect-uri"),
         QStringLiteral("Register URI as a redirect URI of the demo integration, besides "
                        "http://127.0.0.1:6001/redirect."),
         QStringLiteral("URI")},
        {QStringLiteral("generate-workspaces"),
         QStringLiteral("Add N workspaces (\"Bulk Workspace 001\", ...) spread over the "
                        "locations, nine in ten Professional."),
         QStringLiteral("N")},
        {QStringLiteral("drop-after-create"),
         QStringLiteral(
             "Carry out the next N creates, then close the connection unanswered (a create "
             "refused is answered and not counted)."),
         QStringLiteral("N")},
        {QStringLiteral("drop-after-delete"),
         QStringLiteral(
             "Carry out the next N deletes, then close the connection unanswered (a delete "
             "of a criteria not found is answered and not counted)."),
         QStringLiteral("N")},
        {QStringLiteral("endless-after-create"),
         QStringLiteral("Carry out the next N creates, then answer 201 with a chunked body "
                        "that never ends."),
         QStringLiteral("N")},
        {QStringLiteral("endless-unchunked"),
         QStringLiteral("--endless-after-create sends its body unchunked, without a length.")},
        {QStringLiteral("faults-on-creates-only"),
         QStringLiteral("--force-status and --drop hit creates (POST) only.")},
        {QStringLiteral("allow-duplicates"),
         QStringLiteral(
             "Turn off the sandbox-only 409 rule (one criteria per schedule and calls-from "
             "on a workspace).")},
    });
    parser.process(app);

    SandboxServer server;
    QString error;
    if (parser.isSet(QStringLiteral("state")) &&
        !server.useStateFile(parser.value(QStringLiteral("state")), &error))
        return fail(error);

    int port = 0;
    int latency = 0;
    int drops = 0;
    int malformed = 0;
    int oversized = 0;
    int generated = 0;
    int dropsAfterCreate = 0;
    int dropsAfterDelete = 0;
    int endlessAfterCreate = 0;
    if (!countOption(parser, QStringLiteral("port"), &port) || port > 65535)
        return fail(QStringLiteral("--port needs a port number from 0 to 65535."));
    if (!countOption(parser, QStringLiteral("latency"), &latency) ||
        !countOption(parser, QStringLiteral("drop"), &drops) ||
        !countOption(parser, QStringLiteral("malformed"), &malformed) ||
        !countOption(parser, QStringLiteral("oversized"), &oversized) ||
        !countOption(parser, QStringLiteral("generate-workspaces"), &generated) ||
        !countOption(parser, QStringLiteral("drop-after-create"), &dropsAfterCreate) ||
        !countOption(parser, QStringLiteral("drop-after-delete"), &dropsAfterDelete) ||
        !countOption(parser, QStringLiteral("endless-after-create"), &endlessAfterCreate))
        return fail(QStringLiteral("--latency, --drop, --malformed, --oversized, "
                                   "--generate-workspaces, --drop-after-create, "
                                   "--drop-after-delete and --endless-after-create need a "
                                   "whole number."));
    if (generated > 0 && !server.generateWorkspaces(generated, &error))
        return fail(error);
    server.dropAfterCreates(dropsAfterCreate);
    server.dropAfterDeletes(dropsAfterDelete);
    server.sendEndlessAfterCreates(endlessAfterCreate,
                                   !parser.isSet(QStringLiteral("endless-unchunked")));
    server.setFaultsOnCreatesOnly(parser.isSet(QStringLiteral("faults-on-creates-only")));
    server.setLatency(latency);
    server.dropConnections(drops);
    server.sendMalformedReplies(malformed);
    server.sendOversizedReplies(oversized);
    if (parser.isSet(QStringLiteral("token-lifetime"))) {
        bool ok = false;
        const qint64 lifetime = parser.value(QStringLiteral("token-lifetime")).toLongLong(&ok);
        if (!ok || lifetime < 1)
            return fail(QStringLiteral("--token-lifetime needs a number of seconds (1 or more)."));
        server.setTokenLifetime(lifetime);
    }
    for (const QString &uri : parser.values(QStringLiteral("redirect-uri")))
        server.registerRedirectUri(uri);
    server.setDuplicateRuleEnabled(!parser.isSet(QStringLiteral("allow-duplicates")));

    if (parser.isSet(QStringLiteral("rate-limit"))) {
        static const QRegularExpression form(QStringLiteral("^([1-9][0-9]*)/([1-9][0-9]*)$"));
        const auto match = form.match(parser.value(QStringLiteral("rate-limit")));
        if (!match.hasMatch())
            return fail(QStringLiteral("--rate-limit needs N/SECONDS, for example 5/10."));
        const int window = match.captured(2).toInt();
        server.setRateLimit(match.captured(1).toInt(), window, window);
        int first = 0;
        if (!countOption(parser, QStringLiteral("rate-limit-first"), &first))
            return fail(QStringLiteral("--rate-limit-first needs a whole number."));
        server.setFirstWindowLimit(first);
    }
    if (parser.isSet(QStringLiteral("force-status"))) {
        static const QRegularExpression form(QStringLiteral("^([0-9]{3})(?::([1-9][0-9]*))?$"));
        const auto match = form.match(parser.value(QStringLiteral("force-status")));
        if (!match.hasMatch())
            return fail(
                QStringLiteral("--force-status needs CODE or CODE:COUNT, for example 503:2."));
        const int status = match.captured(1).toInt();
        if (!seqring::sandbox::SandboxFaults::isForceable(status))
            return fail(QStringLiteral(
                            "--force-status: %1 is not a status of the operation (200 201 202 204 "
                            "400 401 403 404 405 409 410 415 423 428 429 500 502 503 504).")
                            .arg(status));
        const int count = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        server.forceStatus(status, count, parser.value(QStringLiteral("retry-after")).toUtf8());
    }

    if (!server.start(quint16(port), &error))
        return fail(error);
    QTextStream out(stdout);
    out << QStringLiteral("Sandbox API listening on %1").arg(server.apiRoot()) << Qt::endl;
    out << QStringLiteral("Demo token: %1").arg(server.demoToken()) << Qt::endl;
    out << QStringLiteral("Demo integration for Sign in with Webex: client ID %1, client secret %2")
               .arg(server.oauthClientId(), server.oauthClientSecret())
        << Qt::endl;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqring-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQRING_VERSION));
    return runCommandLine(app);
}
