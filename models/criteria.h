#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace seqring
{

// Upper bound of phone numbers in one criteria. The spec sets no maxItems; carrier
// documentation of the same feature gives "a list of up to 12 phone numbers or digit
// patterns" per criteria.
inline constexpr int kMaxPhoneNumbers = 12;

enum class ScheduleType { Holidays, BusinessHours };
enum class ScheduleLevel { Group };
enum class CallsFrom { SelectPhoneNumbers, AnyPhoneNumber };

// Wire spellings of the enums, exactly as the API writes them.
QString toWire(ScheduleType type);
QString toWire(ScheduleLevel level);
QString toWire(CallsFrom callsFrom);
std::optional<ScheduleType> scheduleTypeFromWire(const QString &text);
std::optional<ScheduleLevel> scheduleLevelFromWire(const QString &text);
std::optional<CallsFrom> callsFromFromWire(const QString &text);

// The location schedule during which a criteria holds.
struct Schedule {
    QString name;
    std::optional<ScheduleType> type; // unset while the admin has not chosen one
    ScheduleLevel level = ScheduleLevel::Group;

    friend bool operator==(const Schedule &a, const Schedule &b)
    {
        return a.name == b.name && a.type == b.type && a.level == b.level;
    }
    friend bool operator!=(const Schedule &a, const Schedule &b) { return !(a == b); }
};

// One sequential ring criteria: the eight fields of the create operation.
// Without a schedule the criteria holds all hours, all days.
struct Criteria {
    std::optional<Schedule> schedule;
    CallsFrom callsFrom = CallsFrom::AnyPhoneNumber;
    bool anonymousCallersEnabled = false;
    bool unavailableCallersEnabled = false;
    QStringList phoneNumbers; // wire form (E.164) where valid, else as typed
    bool ringEnabled = true;

    friend bool operator==(const Criteria &a, const Criteria &b)
    {
        return a.schedule == b.schedule && a.callsFrom == b.callsFrom &&
               a.anonymousCallersEnabled == b.anonymousCallersEnabled &&
               a.unavailableCallersEnabled == b.unavailableCallersEnabled &&
               a.phoneNumbers == b.phoneNumbers && a.ringEnabled == b.ringEnabled;
    }
    friend bool operator!=(const Criteria &a, const Criteria &b) { return !(a == b); }
};

// Result of reading JSON: a value, or a message that names the key and the value.
template <typename T> struct Parsed {
    std::optional<T> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

// The wire format of SequentialRingCriteriaPost, in the operation's documented key order.
class CriteriaJson
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaJson)
public:
    // What a document keeps of the criteria.
    enum class Keep {
        Sent,  // the request body: the callers' keys only with SELECT_PHONE_NUMBERS
        Typed, // a draft: also the numbers and flags set while ANY_PHONE_NUMBER is chosen
    };
    // Indented JSON (four spaces); with Keep::Sent the exact bytes sent and shown in the preview.
    static QByteArray toJson(const Criteria &criteria, Keep keep = Keep::Sent);
    // Reads the same format; rejects unknown keys, wrong types and unknown enum values.
    static Parsed<Criteria> fromJson(const QByteArray &json);
    static Parsed<Criteria> fromJsonObject(const QJsonObject &object);
    // The eight keys of the format, in the documented order.
    static const QStringList &keys();
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::Criteria)
