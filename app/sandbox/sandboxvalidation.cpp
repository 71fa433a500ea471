#include "app/sandbox/sandboxvalidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace seqring::sandbox
{

namespace
{

const QLatin1String kScheduleName("scheduleName");
const QLatin1String kScheduleType("scheduleType");
const QLatin1String kScheduleLevel("scheduleLevel");
const QLatin1String kCallsFrom("callsFrom");
const QLatin1String kAnonymous("anonymousCallersEnabled");
const QLatin1String kUnavailable("unavailableCallersEnabled");
const QLatin1String kPhoneNumbers("phoneNumbers");
const QLatin1String kRingEnabled("ringEnabled");
const QLatin1String kSelect("SELECT_PHONE_NUMBERS");
const QLatin1String kAny("ANY_PHONE_NUMBER");

const QStringList &scheduleKeys()
{
    static const QStringList keys{kScheduleName, kScheduleType, kScheduleLevel};
    return keys;
}

const QStringList &selectOnlyKeys()
{
    static const QStringList keys{kPhoneNumbers, kAnonymous, kUnavailable};
    return keys;
}

SandboxError bad(const QString &message)
{
    return SandboxErrors::badRequest(message);
}

} // namespace

QString CriteriaRules::shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

bool CriteriaRules::isE164(const QString &number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return e164.match(number).hasMatch();
}

std::optional<SandboxError> CriteriaRules::checkNumberList(const QJsonValue &value)
{
    if (!value.isArray())
        return bad(QStringLiteral("Field \"phoneNumbers\" must be a list of phone numbers, got %1.")
                       .arg(shown(value)));
    const QJsonArray numbers = value.toArray();
    if (numbers.size() > maxCriteriaNumbers)
        return bad(
            QStringLiteral("Field \"phoneNumbers\" has %1 numbers; a criteria takes at most %2.")
                .arg(numbers.size())
                .arg(maxCriteriaNumbers));
    for (const QJsonValue &number : numbers) {
        if (!number.isString() || !isE164(number.toString()))
            return bad(
                QStringLiteral("Field \"phoneNumbers\" contains %1, which is not an E.164 number "
                               "(a + followed by up to 15 digits, e.g. +442071838750).")
                    .arg(shown(number)));
    }
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::checkShape(const QJsonObject &body)
{
    static const QStringList known{kScheduleName, kScheduleType, kScheduleLevel, kCallsFrom,
                                   kAnonymous,    kUnavailable,  kPhoneNumbers,  kRingEnabled};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (!known.contains(key))
            return bad(QStringLiteral("Unknown field \"%1\" (value %2).").arg(key, shown(value)));
        if (key == kAnonymous || key == kUnavailable || key == kRingEnabled) {
            if (!value.isBool())
                return bad(QStringLiteral("Field \"%1\" must be true or false, got %2.")
                               .arg(key, shown(value)));
        } else if (key == kPhoneNumbers) {
            if (auto error = checkNumberList(value))
                return error;
        } else if (!value.isString()) {
            return bad(
                QStringLiteral("Field \"%1\" must be a string, got %2.").arg(key, shown(value)));
        }
    }
    const auto checkEnum = [&body](const QString &key,
                                   const QStringList &allowed) -> std::optional<SandboxError> {
        if (body.contains(key) && !allowed.contains(body.value(key).toString()))
            return bad(QStringLiteral("Field \"%1\" has the unknown value %2; allowed values: %3.")
                           .arg(key, shown(body.value(key)), allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    };
    if (auto e =
            checkEnum(kScheduleType, {QStringLiteral("holidays"), QStringLiteral("businessHours")}))
        return e;
    if (auto e = checkEnum(kScheduleLevel, {QStringLiteral("GROUP")}))
        return e;
    if (auto e = checkEnum(kCallsFrom, {kSelect, kAny}))
        return e;
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::checkRules(const QJsonObject &body,
                                                      const QList<ScheduleRef> &schedules)
{
    for (const QString &key : {QString(kCallsFrom), QString(kRingEnabled)}) {
        if (!body.contains(key))
            return bad(QStringLiteral("Required field \"%1\" is missing.").arg(key));
    }
    int scheduleFields = 0;
    for (const QString &key : scheduleKeys())
        scheduleFields += body.contains(key) ? 1 : 0;
    if (scheduleFields != 0 && scheduleFields != 3)
        return bad(
            QStringLiteral(
                "Fields \"scheduleName\", \"scheduleType\" and \"scheduleLevel\" go together: "
                "give all three, or none for all hours, all days (got %1 of 3).")
                .arg(scheduleFields));
    if (scheduleFields == 3) {
        const QString name = body.value(kScheduleName).toString();
        const QString type = body.value(kScheduleType).toString();
        QStringList typesOfName;
        for (const ScheduleRef &schedule : schedules) {
            if (schedule.name == name)
                typesOfName.append(schedule.type);
        }
        if (typesOfName.isEmpty())
            return bad(QStringLiteral(
                           "Field \"scheduleName\" has the value \"%1\", which is not a schedule "
                           "of the workspace's location.")
                           .arg(name));
        if (!typesOfName.contains(type))
            return bad(QStringLiteral(
                           "Field \"scheduleType\" has the value \"%1\", but schedule \"%2\" is of "
                           "type \"%3\".")
                           .arg(type, name, typesOfName.join(QStringLiteral("\", \""))));
    }
    if (body.value(kCallsFrom).toString() == kAny) {
        for (const QString &key : selectOnlyKeys()) {
            if (body.contains(key))
                return bad(
                    QStringLiteral("Field \"%1\" (value %2) is only allowed when \"callsFrom\" is "
                                   "SELECT_PHONE_NUMBERS, not ANY_PHONE_NUMBER.")
                        .arg(key, shown(body.value(key))));
        }
    } else if (body.value(kPhoneNumbers).toArray().isEmpty() && !body.value(kAnonymous).toBool() &&
               !body.value(kUnavailable).toBool()) {
        return bad(QStringLiteral(
            "\"callsFrom\" is SELECT_PHONE_NUMBERS but no caller is selected: give at "
            "least one number in \"phoneNumbers\", or set \"anonymousCallersEnabled\" "
            "or \"unavailableCallersEnabled\" to true."));
    }
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::validatePost(const QJsonObject &body,
                                                        const QList<ScheduleRef> &schedules,
                                                        QJsonObject *stored)
{
    if (auto error = checkShape(body))
        return error;
    if (auto error = checkRules(body, schedules))
        return error;
    *stored = body;
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::validatePatch(const QJsonObject &patch,
                                                         const QJsonObject &existing,
                                                         const QList<ScheduleRef> &schedules,
                                                         QJsonObject *stored)
{
    if (auto error = checkShape(patch))
        return error;
    QJsonObject merged = existing;
    merged.remove(QStringLiteral("id"));
    const bool touchesSchedule =
        std::any_of(scheduleKeys().begin(), scheduleKeys().end(),
                    [&patch](const QString &k) { return patch.contains(k); });
    if (touchesSchedule) {
        for (const QString &key : scheduleKeys())
            merged.remove(key);
    }
    if (patch.value(kCallsFrom).toString() == kAny) {
        for (const QString &key : selectOnlyKeys())
            merged.remove(key);
    }
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    if (auto error = checkRules(merged, schedules))
        return error;
    *stored = merged;
    return std::nullopt;
}

QJsonObject CriteriaRules::toGetJson(const QJsonObject &stored)
{
    QJsonObject out = stored;
    if (!out.contains(kAnonymous))
        out.insert(kAnonymous, false);
    if (!out.contains(kUnavailable))
        out.insert(kUnavailable, false);
    if (!out.contains(kPhoneNumbers))
        out.insert(kPhoneNumbers, QJsonArray());
    return out;
}

bool CriteriaRules::sameKey(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(kScheduleName) == b.value(kScheduleName) &&
           a.value(kScheduleType) == b.value(kScheduleType) &&
           a.value(kCallsFrom) == b.value(kCallsFrom);
}

// The sequential ring settings (PUT .../sequentialRing).
std::optional<SandboxError> CriteriaRules::checkRings(const QString &field, const QJsonValue &value)
{
    const double rings = value.toDouble(-1);
    if (!value.isDouble() || rings != static_cast<int>(rings) || rings < 2 || rings > 20)
        return bad(QStringLiteral("Field \"%1\" must be a whole number from 2 to 20, got %2.")
                       .arg(field, shown(value)));
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::checkRingNumber(const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("phoneNumbers[%1]").arg(index);
    if (!value.isObject())
        return bad(
            QStringLiteral("Field \"%1\" must be an object, got %2.").arg(where, shown(value)));
    const QJsonObject entry = value.toObject();
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        const QString field = where + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("phoneNumber")) {
            if (!it.value().isString() || !isE164(it.value().toString()))
                return bad(
                    QStringLiteral("Field \"%1\" has the value %2, which is not an E.164 number.")
                        .arg(field, shown(it.value())));
        } else if (it.key() == QLatin1String("answerConfirmationRequiredEnabled")) {
            if (!it.value().isBool())
                return bad(QStringLiteral("Field \"%1\" must be true or false, got %2.")
                               .arg(field, shown(it.value())));
        } else if (it.key() == QLatin1String("numberOfRings")) {
            if (auto error = checkRings(field, it.value()))
                return error;
        } else {
            return bad(
                QStringLiteral("Unknown field \"%1\" (value %2).").arg(field, shown(it.value())));
        }
    }
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::validateSettingsPatch(const QJsonObject &patch,
                                                                 const QJsonObject &existing,
                                                                 QJsonObject *stored)
{
    static const QStringList bools{QStringLiteral("enabled"),
                                   QStringLiteral("ringBaseLocationFirstEnabled"),
                                   QStringLiteral("continueIfBaseLocationIsBusyEnabled"),
                                   QStringLiteral("callsToVoicemailEnabled")};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (bools.contains(it.key())) {
            if (!it.value().isBool())
                return bad(QStringLiteral("Field \"%1\" must be true or false, got %2.")
                               .arg(it.key(), shown(it.value())));
        } else if (it.key() == QLatin1String("baseLocationNumberOfRings")) {
            if (auto error = checkRings(it.key(), it.value()))
                return error;
        } else if (it.key() == QLatin1String("phoneNumbers")) {
            const QJsonArray numbers = it.value().toArray();
            if (!it.value().isArray() || numbers.size() > maxRingNumbers)
                return bad(
                    QStringLiteral(
                        "Field \"phoneNumbers\" must be a list of at most %1 entries, got %2.")
                        .arg(maxRingNumbers)
                        .arg(shown(it.value())));
            for (int i = 0; i < numbers.size(); ++i) {
                if (auto error = checkRingNumber(numbers.at(i), i))
                    return error;
            }
        } else {
            return bad(QStringLiteral("Unknown field \"%1\" (value %2).")
                           .arg(it.key(), shown(it.value())));
        }
    }
    QJsonObject merged = existing;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    *stored = merged;
    return std::nullopt;
}

} // namespace seqring::sandbox
