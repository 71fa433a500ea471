// seqring-sandbox: runs the local Webex-compatible API until interrupted.
#include "sandboxfaults.h"
#include "sandboxserver.h"

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

} // namespace

// The command line of seqring-sandbox: options, fault settings, the listening lines.
class SandboxCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)
public:
    static int run(QCoreApplication &app);
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqring-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    return SandboxCommandLine::run(app);
}

int SandboxCommandLine::run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local Webex-compatible API with demo data, for trying seqring-admin safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"),
         tr("Listen on port N of 127.0.0.1 (default: chosen by the system)."), QStringLiteral("N")},
        {QStringLiteral("state"),
         tr("Load the data from FILE (created from the demo data when "
            "missing) and save every change back to it."),
         QStringLiteral("FILE")},
        {QStringLiteral("rate-limit"),
         tr("Allow N requests per SECONDS, then answer 429 with "
            "Retry-After."),
         QStringLiteral("N/SECONDS")},
        {QStringLiteral("force-status"),
         tr("Answer the next COUNT requests (default 1) with "
            "HTTP status CODE."),
         QStringLiteral("CODE[:COUNT]")},
        {QStringLiteral("retry-after"), tr("Retry-After value sent with --force-status."),
         QStringLiteral("VALUE")},
        {QStringLiteral("latency"), tr("Delay every answer by MS milliseconds."),
         QStringLiteral("MS")},
        {QStringLiteral("drop"), tr("Close the next N connections without an answer."),
         QStringLiteral("N")},
        {QStringLiteral("malformed"), tr("Answer the next N requests with broken JSON."),
         QStringLiteral("N")},
        {QStringLiteral("oversized"), tr("Answer the next N requests with a reply over 1 MiB."),
         QStringLiteral("N")},
        {QStringLiteral("allow-duplicates"),
         tr("Turn off the sandbox-only 409 rule (one criteria per schedule and calls-from "
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
    if (!countOption(parser, QStringLiteral("port"), &port) || port > 65535)
        return fail(tr("--port needs a port number from 0 to 65535."));
    if (!countOption(parser, QStringLiteral("latency"), &latency) ||
        !countOption(parser, QStringLiteral("drop"), &drops) ||
        !countOption(parser, QStringLiteral("malformed"), &malformed) ||
        !countOption(parser, QStringLiteral("oversized"), &oversized))
        return fail(tr("--latency, --drop, --malformed and --oversized need a whole number."));
    server.setLatency(latency);
    server.dropConnections(drops);
    server.sendMalformedReplies(malformed);
    server.sendOversizedReplies(oversized);
    server.setDuplicateRuleEnabled(!parser.isSet(QStringLiteral("allow-duplicates")));

    if (parser.isSet(QStringLiteral("rate-limit"))) {
        static const QRegularExpression form(QStringLiteral("^([1-9][0-9]*)/([1-9][0-9]*)$"));
        const auto match = form.match(parser.value(QStringLiteral("rate-limit")));
        if (!match.hasMatch())
            return fail(tr("--rate-limit needs N/SECONDS, for example 5/10."));
        const int window = match.captured(2).toInt();
        server.setRateLimit(match.captured(1).toInt(), window, window);
    }
    if (parser.isSet(QStringLiteral("force-status"))) {
        static const QRegularExpression form(QStringLiteral("^([0-9]{3})(?::([1-9][0-9]*))?$"));
        const auto match = form.match(parser.value(QStringLiteral("force-status")));
        if (!match.hasMatch())
            return fail(tr("--force-status needs CODE or CODE:COUNT, for example 503:2."));
        const int status = match.captured(1).toInt();
        if (!seqring::sandbox::SandboxFaults::isForceable(status))
            return fail(tr("--force-status: %1 is not a status of the operation (200 201 202 204 "
                           "400 401 403 404 405 409 410 415 423 428 429 500 502 503 504).")
                            .arg(status));
        const int count = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        server.forceStatus(status, count, parser.value(QStringLiteral("retry-after")).toUtf8());
    }

    if (!server.start(quint16(port), &error))
        return fail(error);
    QTextStream out(stdout);
    out << tr("Sandbox API listening on %1").arg(server.apiRoot()) << Qt::endl;
    out << tr("Demo token: %1").arg(server.demoToken()) << Qt::endl;
    return app.exec();
}
