#pragma once

#include "models/criteria.h"
#include "models/criteriavalidator.h"
#include "models/phonenumberlistmodel.h"
#include "models/validationsource.h"

namespace seqring
{

// The criteria being edited (its fields and phone numbers, not where it goes: that is the
// TargetModel's); forms bind to it, and it re-validates its own fields after every change and
// announces the result with validationChanged().
class CriteriaModel : public ValidationSource
{
    Q_OBJECT
    Q_PROPERTY(bool hasSchedule READ hasSchedule WRITE setHasSchedule NOTIFY hasScheduleChanged)
    Q_PROPERTY(
        QString scheduleName READ scheduleName WRITE setScheduleName NOTIFY scheduleNameChanged)
    Q_PROPERTY(int scheduleType READ scheduleTypeValue WRITE setScheduleTypeValue NOTIFY
                   scheduleTypeChanged)
    Q_PROPERTY(int callsFrom READ callsFromValue WRITE setCallsFromValue NOTIFY callsFromChanged)
    Q_PROPERTY(bool anonymousCallersEnabled READ anonymousCallersEnabled WRITE
                   setAnonymousCallersEnabled NOTIFY anonymousCallersEnabledChanged)
    Q_PROPERTY(bool unavailableCallersEnabled READ unavailableCallersEnabled WRITE
                   setUnavailableCallersEnabled NOTIFY unavailableCallersEnabledChanged)
    Q_PROPERTY(bool ringEnabled READ ringEnabled WRITE setRingEnabled NOTIFY ringEnabledChanged)
    Q_PROPERTY(
        bool phoneSelectionEnabled READ phoneSelectionEnabled NOTIFY phoneSelectionEnabledChanged)
    Q_PROPERTY(
        QString defaultRegion READ defaultRegion WRITE setDefaultRegion NOTIFY defaultRegionChanged)

public:
    explicit CriteriaModel(QObject *parent = nullptr);

    // Criteria fields. The schedule name and type are kept while hasSchedule is off.
    bool hasSchedule() const { return m_hasSchedule; }
    QString scheduleName() const { return m_scheduleName; }
    std::optional<ScheduleType> scheduleType() const { return m_scheduleType; }
    int scheduleTypeValue() const; // -1 for unset, else int(ScheduleType)
    CallsFrom callsFrom() const { return m_callsFrom; }
    int callsFromValue() const { return int(m_callsFrom); }
    bool anonymousCallersEnabled() const { return m_anonymous; }
    bool unavailableCallersEnabled() const { return m_unavailable; }
    bool ringEnabled() const { return m_ringEnabled; }
    bool phoneSelectionEnabled() const { return m_callsFrom == CallsFrom::SelectPhoneNumbers; }
    PhoneNumberListModel *phoneNumbers() { return &m_numbers; }
    const PhoneNumberListModel *phoneNumbers() const { return &m_numbers; }

    QString defaultRegion() const { return m_numbers.defaultRegion(); }

    void setHasSchedule(bool on);
    void setScheduleName(const QString &name);
    void setScheduleType(std::optional<ScheduleType> type);
    void setScheduleTypeValue(int value);
    void setCallsFrom(CallsFrom callsFrom);
    void setCallsFromValue(int value);
    void setAnonymousCallersEnabled(bool on);
    void setUnavailableCallersEnabled(bool on);
    void setRingEnabled(bool on);
    void setDefaultRegion(const QString &region);
    // The schedule names of the workspace's location (std::nullopt: not known); a
    // schedule name not among them gets a warning. Emits knownSchedulesChanged().
    void setKnownSchedules(const std::optional<QStringList> &names);
    std::optional<QStringList> knownSchedules() const { return m_knownSchedules; }

    // The criteria as it would be sent (numbers in wire form).
    Criteria criteria() const;
    // The form as typed: the schedule kept while it is off (hasSchedule() says whether it
    // is on), the numbers as typed.
    Criteria typedCriteria() const;
    // Replaces every criteria field (e.g. from a draft or a template); a load, announced
    // with criteriaLoaded() after validationChanged().
    void setCriteria(const Criteria &criteria);
    ValidationContext validationContext() const;

    // The issues of the criteria's own fields.
    ValidationIssues issues() const override { return m_issues; }

public Q_SLOTS:
    // Validates again, e.g. after the interface language changed, so that every message
    // is in the new language; emits validationChanged().
    void refreshMessages() { revalidate(); }

Q_SIGNALS:
    void hasScheduleChanged(bool on);
    void scheduleNameChanged(const QString &name);
    void scheduleTypeChanged();
    void callsFromChanged();
    void anonymousCallersEnabledChanged(bool on);
    void unavailableCallersEnabledChanged(bool on);
    void ringEnabledChanged(bool on);
    void phoneSelectionEnabledChanged(bool enabled);
    void defaultRegionChanged(const QString &region);
    void knownSchedulesChanged();
    void criteriaLoaded();

private:
    void revalidate();
    template <typename T, typename Signal> void assign(T &member, const T &value, Signal signal);

    bool m_hasSchedule = false;
    QString m_scheduleName;
    std::optional<ScheduleType> m_scheduleType;
    CallsFrom m_callsFrom = CallsFrom::AnyPhoneNumber;
    bool m_anonymous = false;
    bool m_unavailable = false;
    bool m_ringEnabled = true;
    PhoneNumberListModel m_numbers;
    std::optional<QStringList> m_knownSchedules;
    ValidationIssues m_issues;
    bool m_quietNumbers = false; // a batch change validates once, at its end
};

} // namespace seqring
