#include "app/files/autosavefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace seqring
{

namespace
{

const QLatin1String kFormatName("seqring-admin-autosave");

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject ringToJson(const SequentialRingSettings &ring)
{
    QJsonArray numbers;
    for (const RingNumber &number : ring.numbers)
        numbers.append(
            QJsonObject{{QStringLiteral("phoneNumber"), number.phoneNumber},
                        {QStringLiteral("rings"), number.rings},
                        {QStringLiteral("answerConfirmation"), number.answerConfirmation}});
    return {{QStringLiteral("enabled"), ring.enabled},
            {QStringLiteral("ringBaseLocationFirst"), ring.ringBaseLocationFirst},
            {QStringLiteral("baseLocationRings"), ring.baseLocationRings},
            {QStringLiteral("continueIfBaseLocationIsBusy"), ring.continueIfBaseLocationIsBusy},
            {QStringLiteral("callsToVoicemail"), ring.callsToVoicemail},
            {QStringLiteral("numbers"), numbers}};
}

// Reads members of one object, remembering the first problem as a sentence naming the key.
class Members
{
public:
    Members(const QJsonObject &object, QString *error) : m_object(object), m_error(error) {}

    QJsonValue take(const char *key, bool (QJsonValue::*is)() const, const QString &expected,
                    bool optional = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!m_error->isEmpty() || (optional && value.isUndefined()))
            return {};
        if (!(value.*is)()) {
            *m_error = value.isUndefined()
                           ? AutosaveFile::tr("the key \"%1\" is missing.").arg(QLatin1String(key))
                           : AutosaveFile::tr("the key \"%1\" must be %2.")
                                 .arg(QLatin1String(key), expected);
            return {};
        }
        return value;
    }
    QString string(const char *key, bool optional = false)
    {
        return take(key, &QJsonValue::isString, AutosaveFile::tr("a string"), optional).toString();
    }
    bool flag(const char *key)
    {
        return take(key, &QJsonValue::isBool, AutosaveFile::tr("true or false")).toBool();
    }
    int integer(const char *key, int low, int high)
    {
        const QJsonValue value = take(key, &QJsonValue::isDouble, AutosaveFile::tr("a number"));
        const double number = value.toDouble();
        if (m_error->isEmpty() && (number < low || number > high || number != int(number)))
            *m_error = AutosaveFile::tr("the key \"%1\" must be a whole number from %2 to %3.")
                           .arg(QLatin1String(key))
                           .arg(low)
                           .arg(high);
        return m_error->isEmpty() ? int(number)
                                  : low; // the range check comes first: int(1e300) is undefined
    }
    QJsonObject object(const char *key, bool optional = false)
    {
        return take(key, &QJsonValue::isObject, AutosaveFile::tr("an object"), optional).toObject();
    }
    bool ok() const { return m_error->isEmpty(); }

private:
    QJsonObject m_object;
    QString *m_error;
};

std::optional<SequentialRingSettings> ringFromJson(const QJsonObject &object, QString *error)
{
    Members members(object, error);
    SequentialRingSettings ring;
    ring.enabled = members.flag("enabled");
    ring.ringBaseLocationFirst = members.flag("ringBaseLocationFirst");
    ring.baseLocationRings = members.integer("baseLocationRings", kMinRings, kMaxRings);
    ring.continueIfBaseLocationIsBusy = members.flag("continueIfBaseLocationIsBusy");
    ring.callsToVoicemail = members.flag("callsToVoicemail");
    const QJsonArray numbers =
        members.take("numbers", &QJsonValue::isArray, AutosaveFile::tr("a list")).toArray();
    if (members.ok() && numbers.size() != kMaxRingNumbers)
        *error = AutosaveFile::tr("the key \"numbers\" must list %1 slots.").arg(kMaxRingNumbers);
    for (int i = 0; members.ok() && i < numbers.size(); ++i) {
        if (!numbers.at(i).isObject()) {
            *error = AutosaveFile::tr("the key \"numbers\" must list objects.");
            break;
        }
        Members slot(numbers.at(i).toObject(), error);
        RingNumber number;
        number.phoneNumber = slot.string("phoneNumber");
        number.rings = slot.integer("rings", kMinRings, kMaxRings);
        number.answerConfirmation = slot.flag("answerConfirmation");
        ring.numbers.append(number);
    }
    if (!members.ok())
        return std::nullopt;
    return ring;
}

} // namespace

bool AutosaveState::holdsWork() const
{
    if (isEditing() || ring || hasSchedule)
        return true;
    // The schedule is off: a name kept for it is not seen, the other fields are.
    const Criteria &c = form.criteria;
    const Criteria empty;
    return c.callsFrom != empty.callsFrom ||
           c.anonymousCallersEnabled != empty.anonymousCallersEnabled ||
           c.unavailableCallersEnabled != empty.unavailableCallersEnabled ||
           !c.phoneNumbers.isEmpty() || c.ringEnabled != empty.ringEnabled;
}

QByteArray AutosaveFile::toJson(const AutosaveState &state)
{
    QJsonObject target{{QStringLiteral("environment"), state.environment}};
    if (!state.customApiRoot.isEmpty())
        target.insert(QStringLiteral("apiRoot"), state.customApiRoot);
    QJsonObject root{{QStringLiteral("format"), kFormatName},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("savedAt"), state.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("target"), target},
                     {QStringLiteral("mode"),
                      state.isEditing() ? QStringLiteral("edit") : QStringLiteral("create")},
                     {QStringLiteral("form"), objectOf(DraftFile::toJson(state.form))},
                     {QStringLiteral("hasSchedule"), state.hasSchedule}};
    if (state.isEditing())
        root.insert(
            QStringLiteral("edit"),
            QJsonObject{{QStringLiteral("criteriaId"), state.criteriaId},
                        {QStringLiteral("loaded"), objectOf(CriteriaJson::toJson(state.loaded))}});
    if (state.ring)
        root.insert(QStringLiteral("ringSettings"), ringToJson(*state.ring));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Parsed<AutosaveState> AutosaveFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, tr("it is not valid JSON (at character %1: %2); it may have been "
                                 "cut short.")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != kFormatName)
        return {std::nullopt, tr("it is not an autosave of seqring-admin.")};
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return {std::nullopt, tr("its format version is missing or not a whole number.")};
    if (version.toInt() > kVersion)
        return {std::nullopt, tr("it was written by a newer version of seqring-admin (format %1; "
                                 "this version reads format %2).")
                                  .arg(version.toInt())
                                  .arg(kVersion)};
    QString error;
    Members members(root, &error);
    AutosaveState state;
    state.savedAt = QDateTime::fromString(members.string("savedAt"), Qt::ISODateWithMs);
    if (members.ok() && !state.savedAt.isValid())
        error = tr("the key \"savedAt\" must be a date and time.");
    const QJsonObject target = members.object("target");
    Members targetMembers(target, &error);
    state.environment = targetMembers.string("environment");
    state.customApiRoot = targetMembers.string("apiRoot", true);
    const QString mode = members.string("mode");
    if (members.ok() && mode != QLatin1String("create") && mode != QLatin1String("edit"))
        error = tr("the key \"mode\" must be \"create\" or \"edit\".");
    const QJsonObject form = members.object("form");
    state.hasSchedule = members.flag("hasSchedule");
    const QJsonObject edit = members.object("edit", mode != QLatin1String("edit"));
    const QJsonObject ring = members.object("ringSettings", true);
    if (!members.ok())
        return {std::nullopt, error};
    const Parsed<Draft> draft = DraftFile::fromJson(QJsonDocument(form).toJson());
    if (!draft.ok())
        return {std::nullopt, tr("the form: %1").arg(draft.error)};
    state.form = *draft.value;
    if (mode == QLatin1String("edit")) {
        Members editMembers(edit, &error);
        state.criteriaId = editMembers.string("criteriaId");
        const QJsonObject loadedObject = editMembers.object("loaded");
        if (editMembers.ok() && state.criteriaId.isEmpty())
            error = tr("the key \"criteriaId\" must not be empty.");
        if (!error.isEmpty())
            return {std::nullopt, error};
        const Parsed<Criteria> loaded = CriteriaJson::fromJsonObject(loadedObject);
        if (!loaded.ok())
            return {std::nullopt, tr("the criteria as loaded: %1").arg(loaded.error)};
        state.loaded = *loaded.value;
    }
    if (root.contains(QLatin1String("ringSettings"))) {
        state.ring = ringFromJson(ring, &error);
        if (!state.ring)
            return {std::nullopt, tr("the ring settings: %1").arg(error)};
    }
    return {state, {}};
}

QString AutosaveFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave.json");
}

QString AutosaveFile::write(const QString &path, const AutosaveState &state)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Could not create the folder of the autosave \"%1\".").arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write the autosave \"%1\": %2.").arg(shown, file.errorString());
    const QByteArray json = toJson(state);
    if (file.write(json) != json.size() || !file.commit())
        return tr("Could not write the autosave \"%1\": %2.").arg(shown, file.errorString());
    return {};
}

Parsed<AutosaveState> AutosaveFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                tr("The autosave \"%1\" cannot be read: %2.").arg(shown, file.errorString())};
    if (file.size() > kMaxBytes)
        return {std::nullopt, tr("The autosave \"%1\" cannot be read: it is %2 bytes, more than an "
                                 "autosave can be (%3).")
                                  .arg(shown)
                                  .arg(file.size())
                                  .arg(kMaxBytes)};
    const Parsed<AutosaveState> parsed = fromJson(file.readAll());
    if (!parsed.ok())
        return {std::nullopt,
                tr("The autosave \"%1\" cannot be read: %2").arg(shown, parsed.error)};
    return parsed;
}

QString AutosaveFile::setAside(const QString &path, const QDateTime &now)
{
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral("-unreadable-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem + QStringLiteral(".json");
    for (int n = 2; QFile::exists(target) && n < 100; ++n)
        target = stem + QStringLiteral("-%1.json").arg(n);
    if (QFile::rename(path, target))
        return target;
    QFile::remove(path);
    return {};
}

QString AutosaveFile::describeAge(const QDateTime &savedAt, const QDateTime &now)
{
    const qint64 minutes = savedAt.secsTo(now) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(qMin<qint64>(minutes / (24 * 60), 100000)));
}

} // namespace seqring
