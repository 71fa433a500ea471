#include "app/program/testcallsubcommand.h"

#include "app/client/apiclient.h"
#include "app/client/callscenarioreader.h"
#include "app/files/appsettings.h"
#include "app/program/commandlinetoken.h"
#include "app/program/commonoptions.h"
#include "app/program/subcommand.h"
#include "models/callrules.h"
#include "models/localclock.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QTimeZone>

namespace seqring
{

namespace
{

// What was asked, as far as it could be read before the service answered.
struct Question {
    QString callerText;
    Parsed<Caller> caller; // unset when national
    bool national = false; // a national number, read in the location's country
    QDateTime localTime;   // invalid: now at the location
    bool json = false;
};

// Decides the call on what was read and prints the answer; the exit code.
int answer(const CallScenarioData &data, const Question &question, QTextStream &out,
           QTextStream &err)
{
    const QString region = TestCallSubcommand::regionOfZone(data.timeZone);
    Caller who = question.caller.value.value_or(Caller());
    if (question.national) {
        const Parsed<Caller> parsed = CallerParser::parse(question.callerText, region);
        if (!parsed.ok())
            return Subcommand::badInput(TestCallSubcommand::tr("--caller \"%1\": %2")
                                            .arg(question.callerText, parsed.error));
        who = *parsed.value;
    }
    QDateTime localTime = question.localTime;
    if (!localTime.isValid()) {
        const LocalClockTime now = LocalClock::at(QDateTime::currentDateTimeUtc(), data.timeZone);
        if (!now.local.isValid()) {
            err << now.error << Qt::endl;
            return TestCallSubcommand::kExitUnreadable;
        }
        localTime = now.local;
    }
    CallScenario scenario;
    scenario.settings = data.settings;
    scenario.criteria = data.criteria;
    scenario.schedules = data.schedules;
    scenario.caller = who;
    scenario.localTime = localTime;
    scenario.timeZone = data.timeZone;
    scenario.defaultRegion = region;
    const CallOutcome outcome = CallRules::decide(scenario);
    for (const QString &warning : outcome.warnings)
        err << TestCallSubcommand::tr("warning: %1").arg(warning) << Qt::endl;
    if (question.json) {
        out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Indented);
    } else {
        out << outcome.sentence() << Qt::endl;
        out << TestCallSubcommand::tr(
                   "Time used: %1 in %2, the time zone of %3 (the location of %4).")
                   .arg(localTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")), data.timeZone,
                        data.locationName, data.workspaceName)
            << Qt::endl;
    }
    return TestCallSubcommand::kExitOk;
}

} // namespace

QDateTime TestCallSubcommand::parseAt(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    if (!date.isValid() || !time.isValid())
        return {};
    return LocalClock::wall(date, time);
}

QString TestCallSubcommand::regionOfZone(const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    if (zone.isValid()) {
        const QString code = QLocale::territoryToCode(zone.territory());
        if (code.size() == 2)
            return code;
    }
    return QStringLiteral("US");
}

Parsed<Caller> TestCallSubcommand::parseCallerEarly(const QString &text, bool *national)
{
    *national = false;
    const QString trimmed = text.trimmed();
    static const QRegularExpression nationalShape(QStringLiteral("^[0-9][0-9 ()./-]*$"));
    if (nationalShape.match(trimmed).hasMatch()) {
        *national = true;
        return {};
    }
    // Private, unavailable and +E.164 need no region; the error of anything else names it.
    return CallerParser::parse(trimmed, QStringLiteral("US"));
}

int TestCallSubcommand::main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Subcommand::setUp();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tell what happens to one call to a workspace: whether it rings sequentially, which "
           "criteria decides, and the ring sequence, from the schedules, criteria and ring "
           "settings read afresh from the service. Times are wall-clock times at the "
           "workspace's location. The token is found as apply finds it. Exit codes: 0 an "
           "answer; 1 the service could not be read; 2 bad input or no token."));
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       tr("The workspace the call is made to."),
                                       QStringLiteral("ID"));
    const QCommandLineOption caller(
        QStringLiteral("caller"),
        tr("Who calls: a phone number (+E.164, or national in the country of the location's "
           "time zone), private (number withheld) or unavailable (no number)."),
        QStringLiteral("NUMBER|private|unavailable"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("When, at the location: \"YYYY-MM-DD HH:MM\" (24 h). "
                                   "Default: now at the location."),
                                QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the outcome as one JSON object."));
    parser.addOptions({workspace, caller, at, json});
    CommonOptions common;
    common.addTo(parser);
    if (const std::optional<int> code = Subcommand::parse(parser, QStringLiteral("test-call")))
        return *code;
    if (!parser.isSet(workspace) || parser.value(workspace).trimmed().isEmpty() ||
        !parser.isSet(caller))
        return Subcommand::badInput(
            tr("test-call needs --workspace ID and --caller NUMBER, private or "
               "unavailable."));
    bool national = false;
    const Parsed<Caller> early = parseCallerEarly(parser.value(caller), &national);
    if (!national && !early.ok())
        return Subcommand::badInput(
            tr("--caller \"%1\": %2").arg(parser.value(caller), early.error));
    QDateTime localTime;
    if (parser.isSet(at)) {
        localTime = parseAt(parser.value(at));
        if (!localTime.isValid())
            return Subcommand::badInput(
                tr("--at \"%1\" is not a date and time: write it as "
                   "\"YYYY-MM-DD HH:MM\" (24 h), e.g. \"2026-12-25 10:00\".")
                    .arg(parser.value(at)));
    }

    RequestContext context;
    QString problem;
    if (!common.read(parser, &context, &problem))
        return Subcommand::badInput(problem);
    context.workspaceId = parser.value(workspace).trimmed();
    ApiClient client;
    if (!common.startHar(parser, &client, &problem))
        return Subcommand::badInput(problem);
    QSettings qsettings; // the window's: the integration signed in with
    const AppSettings settings(&qsettings);
    CommandLineToken token(&client, settings);
    context.token = token.find(context.apiRoot, &problem);
    if (context.token.isEmpty())
        return Subcommand::badInput(problem);

    CallScenarioReader reader(&client);
    CallScenarioData data;
    QObject::connect(&reader, &CallScenarioReader::finished, &app,
                     [&data](const CallScenarioData &read) {
                         data = read;
                         QCoreApplication::quit();
                     });
    reader.read(context);
    if (reader.isBusy())
        app.exec();
    token.waitForKeychain(); // a renewal during the read is kept

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString harProblem = common.finish(parser, &client);
    if (!harProblem.isEmpty())
        err << harProblem << Qt::endl;
    for (const QString &warning : std::as_const(data.warnings))
        err << tr("warning: %1").arg(warning) << Qt::endl;
    if (!data.error.isEmpty()) {
        err << data.error << Qt::endl;
        return kExitUnreadable;
    }

    Question question{parser.value(caller), early, national, localTime, parser.isSet(json)};
    return answer(data, question, out, err);
}

} // namespace seqring
