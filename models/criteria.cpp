#include "models/criteria.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace seqring
{

namespace
{

struct Spelling {
    const char *wire;
    int value;
};

constexpr Spelling kScheduleTypes[] = {{"holidays", int(ScheduleType::Holidays)},
                                       {"businessHours", int(ScheduleType::BusinessHours)}};
constexpr Spelling kScheduleLevels[] = {{"GROUP", int(ScheduleLevel::Group)}};
constexpr Spelling kCallsFrom[] = {{"SELECT_PHONE_NUMBERS", int(CallsFrom::SelectPhoneNumbers)},
                                   {"ANY_PHONE_NUMBER", int(CallsFrom::AnyPhoneNumber)}};

template <typename Enum, size_t N> QString spell(const Spelling (&table)[N], Enum value)
{
    for (const Spelling &s : table) {
        if (s.value == int(value))
            return QLatin1String(s.wire);
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> unspell(const Spelling (&table)[N], const QString &text)
{
    for (const Spelling &s : table) {
        if (text == QLatin1String(s.wire))
            return Enum(s.value);
    }
    return std::nullopt;
}

// One JSON value, compact, escaped by QJsonDocument.
QByteArray encodeValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Writes an object with keys in the given order, indented like QJsonDocument::Indented.
class OrderedWriter
{
public:
    void add(const char *key, const QJsonValue &value) { m_members.append({key, value}); }
    QByteArray finish() const
    {
        QByteArray out = "{\n";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            const auto &[key, value] = m_members.at(i);
            out += "    \"" + QByteArray(key) + "\": ";
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                if (array.isEmpty()) {
                    out += "[\n    ]"; // as QJsonDocument::Indented writes it
                } else {
                    out += "[\n";
                    for (qsizetype j = 0; j < array.size(); ++j) {
                        out += "        " + encodeValue(array.at(j));
                        out += j + 1 < array.size() ? ",\n" : "\n";
                    }
                    out += "    ]";
                }
            } else {
                out += encodeValue(value);
            }
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += "}\n";
        return out;
    }

private:
    QList<QPair<const char *, QJsonValue>> m_members;
};

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    default:
        return QString::fromUtf8(encodeValue(value));
    }
}

} // namespace

QString toWire(ScheduleType type)
{
    return spell(kScheduleTypes, type);
}
QString toWire(ScheduleLevel level)
{
    return spell(kScheduleLevels, level);
}
QString toWire(CallsFrom callsFrom)
{
    return spell(kCallsFrom, callsFrom);
}

std::optional<ScheduleType> scheduleTypeFromWire(const QString &text)
{
    return unspell<ScheduleType>(kScheduleTypes, text);
}
std::optional<ScheduleLevel> scheduleLevelFromWire(const QString &text)
{
    return unspell<ScheduleLevel>(kScheduleLevels, text);
}
std::optional<CallsFrom> callsFromFromWire(const QString &text)
{
    return unspell<CallsFrom>(kCallsFrom, text);
}

QByteArray CriteriaJson::toJson(const Criteria &criteria, Keep keep)
{
    OrderedWriter writer;
    if (criteria.schedule) {
        const Schedule &schedule = *criteria.schedule;
        writer.add("scheduleName", schedule.name);
        writer.add("scheduleType",
                   schedule.type ? QJsonValue(toWire(*schedule.type)) : QJsonValue());
        writer.add("scheduleLevel", toWire(schedule.level));
    }
    writer.add("callsFrom", toWire(criteria.callsFrom));
    if (criteria.callsFrom == CallsFrom::SelectPhoneNumbers) {
        writer.add("anonymousCallersEnabled", criteria.anonymousCallersEnabled);
        writer.add("unavailableCallersEnabled", criteria.unavailableCallersEnabled);
        writer.add("phoneNumbers", QJsonArray::fromStringList(criteria.phoneNumbers));
    } else if (keep == Keep::Typed) {
        // Not sent, but kept: switching back to selected numbers finds them again.
        if (criteria.anonymousCallersEnabled)
            writer.add("anonymousCallersEnabled", true);
        if (criteria.unavailableCallersEnabled)
            writer.add("unavailableCallersEnabled", true);
        if (!criteria.phoneNumbers.isEmpty())
            writer.add("phoneNumbers", QJsonArray::fromStringList(criteria.phoneNumbers));
    }
    writer.add("ringEnabled", criteria.ringEnabled);
    return writer.finish();
}

Parsed<Criteria> CriteriaJson::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt, tr("The JSON is not well formed at character %1: %2.")
                                  .arg(error.offset)
                                  .arg(error.errorString())};
    if (!document.isObject())
        return {std::nullopt, tr("The JSON must be an object ({ … }).")};
    return fromJsonObject(document.object());
}

const QStringList &CriteriaJson::keys()
{
    static const QStringList keys = {QStringLiteral("scheduleName"),
                                     QStringLiteral("scheduleType"),
                                     QStringLiteral("scheduleLevel"),
                                     QStringLiteral("callsFrom"),
                                     QStringLiteral("anonymousCallersEnabled"),
                                     QStringLiteral("unavailableCallersEnabled"),
                                     QStringLiteral("phoneNumbers"),
                                     QStringLiteral("ringEnabled")};
    return keys;
}

Parsed<Criteria> CriteriaJson::fromJsonObject(const QJsonObject &object)
{
    const QStringList &known = keys();
    auto fail = [](const QString &message) { return Parsed<Criteria>{std::nullopt, message}; };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(tr("Unknown key \"%1\" (value %2). Remove it; the keys allowed are: %3.")
                            .arg(it.key(), describe(it.value()), known.join(QStringLiteral(", "))));
    }
    auto wrongType = [](const QString &key, const QJsonValue &value, const QString &expected) {
        return tr("Key \"%1\" has the value %2, but it must be %3.")
            .arg(key, describe(value), expected);
    };
    auto badEnum = [](const QString &key, const QJsonValue &value, const QString &allowed) {
        return tr("Key \"%1\" has the unknown value %2. Use one of: %3.")
            .arg(key, describe(value), allowed);
    };

    Criteria c;
    const QJsonValue name = object.value(QLatin1String("scheduleName"));
    const QJsonValue type = object.value(QLatin1String("scheduleType"));
    const QJsonValue level = object.value(QLatin1String("scheduleLevel"));
    if (!name.isUndefined() || !type.isUndefined() || !level.isUndefined()) {
        Schedule schedule;
        if (!name.isUndefined() && !name.isString())
            return fail(wrongType(QStringLiteral("scheduleName"), name, tr("a string")));
        schedule.name = name.toString();
        if (!type.isUndefined() && !type.isNull()) {
            if (!type.isString())
                return fail(wrongType(QStringLiteral("scheduleType"), type, tr("a string")));
            schedule.type = scheduleTypeFromWire(type.toString());
            if (!schedule.type)
                return fail(badEnum(QStringLiteral("scheduleType"), type,
                                    QStringLiteral("holidays, businessHours")));
        }
        if (!level.isUndefined()) {
            if (!level.isString())
                return fail(wrongType(QStringLiteral("scheduleLevel"), level, tr("a string")));
            const auto parsedLevel = scheduleLevelFromWire(level.toString());
            if (!parsedLevel)
                return fail(
                    badEnum(QStringLiteral("scheduleLevel"), level, QStringLiteral("GROUP")));
            schedule.level = *parsedLevel;
        }
        c.schedule = schedule;
    }

    const QJsonValue callsFrom = object.value(QLatin1String("callsFrom"));
    if (callsFrom.isUndefined())
        return fail(tr("The key \"callsFrom\" is missing. Add \"callsFrom\": "
                       "\"ANY_PHONE_NUMBER\" or \"SELECT_PHONE_NUMBERS\"."));
    if (!callsFrom.isString())
        return fail(wrongType(QStringLiteral("callsFrom"), callsFrom, tr("a string")));
    const auto parsedCallsFrom = callsFromFromWire(callsFrom.toString());
    if (!parsedCallsFrom)
        return fail(badEnum(QStringLiteral("callsFrom"), callsFrom,
                            QStringLiteral("SELECT_PHONE_NUMBERS, ANY_PHONE_NUMBER")));
    c.callsFrom = *parsedCallsFrom;

    const struct {
        const char *key;
        bool *target;
        bool required;
    } flags[] = {{"anonymousCallersEnabled", &c.anonymousCallersEnabled, false},
                 {"unavailableCallersEnabled", &c.unavailableCallersEnabled, false},
                 {"ringEnabled", &c.ringEnabled, true}};
    for (const auto &flag : flags) {
        const QString key = QLatin1String(flag.key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (flag.required)
                return fail(tr("The key \"%1\" is missing. Add \"%1\": true or false.").arg(key));
            continue;
        }
        if (!value.isBool())
            return fail(wrongType(key, value, tr("true or false")));
        *flag.target = value.toBool();
    }

    const QJsonValue numbers = object.value(QLatin1String("phoneNumbers"));
    if (!numbers.isUndefined()) {
        if (!numbers.isArray())
            return fail(
                wrongType(QStringLiteral("phoneNumbers"), numbers, tr("a list of strings")));
        const QJsonArray array = numbers.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(tr("Entry %1 of \"phoneNumbers\" is %2, but it must be a string.")
                                .arg(i + 1)
                                .arg(describe(array.at(i))));
            c.phoneNumbers.append(array.at(i).toString());
        }
    }
    return {c, {}};
}

} // namespace seqring
