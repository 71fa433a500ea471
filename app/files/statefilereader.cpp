#include "app/files/statefile.h"
#include "models/criteriadiff.h"
#include "models/criteriavalidator.h"
#include "models/phonenumber.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

namespace
{

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Undefined:
        return StateFileReader::tr("nothing (the key is missing)");
    default: {
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}

// Reads the members of one object of the file; the first problem becomes the error, a
// sentence naming where (`m_where`: the workspace, or the file), the key and its value.
class Reader
{
public:
    Reader(QString where, QString *error) : m_where(std::move(where)), m_error(error) {}

    bool ok() const { return m_error->isEmpty(); }
    void fail(const QString &key, const QJsonValue &value, const QString &expected)
    {
        if (!ok())
            return;
        *m_error = value.isUndefined()
                       ? StateFileReader::tr("%1: the key \"%2\" is missing; it must be %3.")
                             .arg(m_where, key, expected)
                       : StateFileReader::tr("%1: the key \"%2\" has the value %3; it must be %4.")
                             .arg(m_where, key, describe(value), expected);
    }
    void failWith(const QString &sentence)
    {
        if (ok())
            *m_error = m_where + QStringLiteral(": ") + sentence;
    }
    QJsonValue take(const QJsonObject &object, const QString &path, const char *key,
                    bool (QJsonValue::*is)() const, const QString &expected)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (ok() && !(value.*is)())
            fail(path + QLatin1String(key), value, expected);
        return ok() ? value : QJsonValue();
    }
    QString string(const QJsonObject &o, const QString &path, const char *key)
    {
        return take(o, path, key, &QJsonValue::isString, StateFileReader::tr("a string"))
            .toString();
    }
    bool flag(const QJsonObject &o, const QString &path, const char *key)
    {
        return take(o, path, key, &QJsonValue::isBool, StateFileReader::tr("true or false"))
            .toBool();
    }
    int rings(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        const double n = value.toDouble();
        if (ok() && (!value.isDouble() || n < kMinRings || n > kMaxRings || n != int(n)))
            fail(path + QLatin1String(key), value,
                 StateFileReader::tr("a whole number from %1 to %2").arg(kMinRings).arg(kMaxRings));
        return ok() ? int(n) : kMinRings; // the range is checked before the conversion
    }
    // `typed` in E.164, or empty after failing with libphonenumber's reason.
    QString number(const QString &key, const QString &typed, const QString &region)
    {
        const PhoneNumberCheck check = PhoneNumbers::check(typed, region);
        if (ok() && !check.isValid())
            failWith(StateFileReader::tr("the key \"%1\" has the value %2: %3")
                         .arg(key, describe(typed),
                              PhoneNumbers::describe(check.problem, typed, region)));
        return check.e164;
    }

private:
    QString m_where;
    QString *m_error;
};

// The keys of `object` not in `known`.
QJsonObject unknownOf(const QJsonObject &object, const QStringList &known)
{
    QJsonObject unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.insert(it.key(), it.value());
    }
    return unknown;
}

const QStringList kHeaderKeys = {QStringLiteral("format"),     QStringLiteral("version"),
                                 QStringLiteral("exportedAt"), QStringLiteral("apiRoot"),
                                 QStringLiteral("orgId"),      QStringLiteral("workspaces")};
const QStringList kWorkspaceKeys = {
    QStringLiteral("id"),           QStringLiteral("displayName"),
    QStringLiteral("locationId"),   QStringLiteral("locationName"),
    QStringLiteral("professional"), QStringLiteral("sequentialRing"),
    QStringLiteral("criteria")};
const QStringList kSettingsKeys = {QStringLiteral("enabled"),
                                   QStringLiteral("ringBaseLocationFirstEnabled"),
                                   QStringLiteral("baseLocationNumberOfRings"),
                                   QStringLiteral("continueIfBaseLocationIsBusyEnabled"),
                                   QStringLiteral("callsToVoicemailEnabled"),
                                   QStringLiteral("phoneNumbers")};
const QStringList kSlotKeys = {QStringLiteral("phoneNumber"),
                               QStringLiteral("answerConfirmationRequiredEnabled"),
                               QStringLiteral("numberOfRings")};

// The wire key of a field the validator names.
QString keyOf(Field field)
{
    switch (field) {
    case Field::ScheduleName:
        return QStringLiteral("scheduleName");
    case Field::ScheduleType:
        return QStringLiteral("scheduleType");
    case Field::CallsFrom:
        return QStringLiteral("callsFrom");
    case Field::PhoneNumbers:
        return QStringLiteral("phoneNumbers");
    case Field::AnonymousCallers:
        return QStringLiteral("anonymousCallersEnabled");
    case Field::UnavailableCallers:
        return QStringLiteral("unavailableCallersEnabled");
    default:
        return QStringLiteral("ringEnabled");
    }
}

SequentialRingSettings readSettings(Reader &r, const QJsonObject &o, const QString &region)
{
    const QString path = QStringLiteral("sequentialRing.");
    SequentialRingSettings s;
    s.enabled = r.flag(o, path, "enabled");
    s.ringBaseLocationFirst = r.flag(o, path, "ringBaseLocationFirstEnabled");
    s.baseLocationRings = r.rings(o, path, "baseLocationNumberOfRings");
    s.continueIfBaseLocationIsBusy = r.flag(o, path, "continueIfBaseLocationIsBusyEnabled");
    s.callsToVoicemail = r.flag(o, path, "callsToVoicemailEnabled");
    const QJsonArray numberSlots =
        r.take(o, path, "phoneNumbers", &QJsonValue::isArray, StateFileReader::tr("a list"))
            .toArray();
    for (qsizetype i = 0; r.ok() && i < numberSlots.size(); ++i) {
        const QString at = path + QStringLiteral("phoneNumbers[%1].").arg(i);
        if (!numberSlots.at(i).isObject()) {
            r.fail(at.chopped(1), numberSlots.at(i), StateFileReader::tr("an object"));
            break;
        }
        const QJsonObject slot = numberSlots.at(i).toObject();
        const QJsonObject unknown = unknownOf(slot, kSlotKeys);
        if (!unknown.isEmpty()) // a slot has no room for them: refused rather than lost
            r.fail(at + unknown.begin().key(), unknown.begin().value(),
                   StateFileReader::tr("left out (a number slot has only the keys %1)")
                       .arg(kSlotKeys.join(QStringLiteral(", "))));
        const QString typed = r.string(slot, at, "phoneNumber");
        if (r.ok() && typed.trimmed().isEmpty())
            continue; // an empty slot, as the service lists them
        RingNumber number;
        number.phoneNumber = r.number(at + QStringLiteral("phoneNumber"), typed, region);
        number.answerConfirmation = r.flag(slot, at, "answerConfirmationRequiredEnabled");
        number.rings = r.rings(slot, at, "numberOfRings");
        s.numbers.append(number);
    }
    if (r.ok() && s.numbers.size() > kMaxRingNumbers)
        r.failWith(StateFileReader::tr("the key \"sequentialRing.phoneNumbers\" lists %1 numbers; "
                                       "sequential ring rings at most %2.")
                       .arg(s.numbers.size())
                       .arg(kMaxRingNumbers));
    return s;
}

StoredCriteria readCriteria(Reader &r, const QJsonObject &o, const QString &path,
                            const QString &region)
{
    StoredCriteria stored;
    if (o.contains(QLatin1String("id")))
        stored.id = r.string(o, path, "id");
    QStringList known = CriteriaJson::keys();
    known.append(QStringLiteral("id"));
    stored.unknownKeys = unknownOf(o, known);
    QJsonObject wire = o;
    for (const QString &key : stored.unknownKeys.keys())
        wire.remove(key);
    wire.remove(QStringLiteral("id"));
    if (!r.ok())
        return stored;
    const Parsed<Criteria> parsed = CriteriaJson::fromJsonObject(wire);
    if (!parsed.ok()) {
        r.failWith(path.chopped(1) + QStringLiteral(": ") + parsed.error);
        return stored;
    }
    ValidationContext context;
    context.defaultRegion = region;
    for (const ValidationIssue &issue :
         CriteriaValidator::validateCriteria(*parsed.value, context)) {
        if (issue.severity != Severity::Error)
            continue;
        const QString key = keyOf(issue.field);
        const QJsonValue value =
            issue.row >= 0 ? wire.value(key).toArray().at(issue.row) : wire.value(key);
        r.failWith(StateFileReader::tr("the key \"%1\" has the value %2: %3")
                       .arg(path + key, describe(value), issue.message));
        return stored;
    }
    stored.criteria = CriteriaDiff::normalized(*parsed.value, region);
    return stored;
}

WorkspaceState readWorkspace(Reader &r, const QJsonObject &o, const QString &region)
{
    WorkspaceState w;
    w.id = r.string(o, {}, "id");
    if (r.ok() && w.id.trimmed().isEmpty())
        r.fail(QStringLiteral("id"), w.id, StateFileReader::tr("the workspace's ID"));
    w.displayName = r.string(o, {}, "displayName");
    w.locationId = r.string(o, {}, "locationId");
    w.locationName = r.string(o, {}, "locationName");
    w.professional = r.flag(o, {}, "professional");
    w.unknownKeys = unknownOf(o, kWorkspaceKeys);
    if (!r.ok())
        return w;
    if (!w.professional) {
        for (const char *key : {"sequentialRing", "criteria"}) {
            if (o.contains(QLatin1String(key)))
                r.failWith(StateFileReader::tr("the key \"%1\" is there, but \"professional\" is "
                                               "false: a workspace without the Professional "
                                               "license has no sequential ring. Remove the key, "
                                               "or set \"professional\" to true.")
                               .arg(QLatin1String(key)));
        }
        return w;
    }
    const QJsonObject settings =
        r.take(o, {}, "sequentialRing", &QJsonValue::isObject, StateFileReader::tr("an object"))
            .toObject();
    const QJsonArray criteria =
        r.take(o, {}, "criteria", &QJsonValue::isArray, StateFileReader::tr("a list")).toArray();
    if (!r.ok())
        return w;
    w.settings = readSettings(r, settings, region);
    w.settingsUnknownKeys = unknownOf(settings, kSettingsKeys);
    for (qsizetype i = 0; r.ok() && i < criteria.size(); ++i) {
        const QString path = QStringLiteral("criteria[%1].").arg(i);
        if (!criteria.at(i).isObject())
            r.fail(path.chopped(1), criteria.at(i), StateFileReader::tr("an object"));
        else
            w.criteria.append(readCriteria(r, criteria.at(i).toObject(), path, region));
    }
    return w;
}

} // namespace

Parsed<StateDocument> StateFileReader::fromJson(const QByteArray &json,
                                                const QString &defaultRegion)
{
    auto refuse = [](const QString &message) { return Parsed<StateDocument>{{}, message}; };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The state file is not valid JSON (at character %1: %2); it may have "
                         "been cut short.")
                          .arg(parseError.offset)
                          .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!document.isObject() || format != StateFile::formatName())
        return refuse(tr("This is not a state file of seqring-admin: its key \"format\" is %1, "
                         "not \"%2\".")
                          .arg(describe(format), StateFile::formatName()));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() > 1e9 ||
        version.toDouble() != version.toInt())
        return refuse(tr("The key \"version\" of the state file has the value %1; it must be a "
                         "whole number.")
                          .arg(describe(version)));
    if (version.toInt() > StateFile::kVersion)
        return refuse(tr("The state file is format version %1, written by a newer seqring-admin; "
                         "this version reads format version %2. Update seqring-admin to read it.")
                          .arg(version.toInt())
                          .arg(StateFile::kVersion));

    QString error;
    Reader header(tr("The state file"), &error);
    StateDocument result;
    const QString exportedAt = header.string(root, {}, "exportedAt");
    result.header.exportedAt = QDateTime::fromString(exportedAt, Qt::ISODateWithMs).toUTC();
    const int year = result.header.exportedAt.date().year();
    if (header.ok() && (!result.header.exportedAt.isValid() || year < 1 || year > 9999))
        header.fail(QStringLiteral("exportedAt"), exportedAt,
                    tr("a date and time such as \"2026-12-07T10:00:00Z\""));
    result.header.apiRoot = header.string(root, {}, "apiRoot");
    const QJsonValue orgId = root.value(QLatin1String("orgId"));
    if (header.ok() && !orgId.isString() && !orgId.isNull())
        header.fail(QStringLiteral("orgId"), orgId, tr("a string or null"));
    result.header.orgId = orgId.toString();
    const QJsonArray workspaces =
        header.take(root, {}, "workspaces", &QJsonValue::isArray, tr("a list")).toArray();
    result.header.unknownKeys = unknownOf(root, kHeaderKeys);
    if (!header.ok())
        return refuse(error);

    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < workspaces.size(); ++i) {
        const QJsonValue item = workspaces.at(i);
        const QString name = item.toObject().value(QLatin1String("displayName")).toString();
        const QString where = name.isEmpty()
                                  ? tr("Workspace %1 of the list").arg(i + 1)
                                  : tr("Workspace \"%1\" (%2 of the list)").arg(name).arg(i + 1);
        Reader reader(where, &error);
        if (!item.isObject()) {
            reader.fail(QStringLiteral("workspaces[%1]").arg(i), item, tr("an object"));
            return refuse(error);
        }
        WorkspaceState workspace = readWorkspace(reader, item.toObject(), defaultRegion);
        if (reader.ok() && seen.contains(workspace.id))
            reader.failWith(tr("its ID %1 is also that of workspace %2 of the list; list each "
                               "workspace once.")
                                .arg(describe(workspace.id))
                                .arg(seen.value(workspace.id) + 1));
        if (!reader.ok())
            return refuse(error);
        seen.insert(workspace.id, i);
        result.workspaces.append(std::move(workspace));
    }
    return {std::move(result), {}};
}

Parsed<StateDocument> StateFileReader::read(const QString &path, const QString &defaultRegion)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("The state file \"%1\" cannot be read: %2.").arg(shown, file.errorString())};
    Parsed<StateDocument> parsed = fromJson(file.readAll(), defaultRegion);
    if (!parsed.ok())
        parsed.error = tr("The state file \"%1\" cannot be used. %2").arg(shown, parsed.error);
    return parsed;
}

} // namespace seqring
