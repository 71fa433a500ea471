#include "models/criteriamodel.h"

namespace seqring
{

CriteriaModel::CriteriaModel(QObject *parent) : ValidationSource(parent)
{
    connect(&m_numbers, &PhoneNumberListModel::numbersChanged, this, [this] {
        if (!m_quietNumbers)
            revalidate();
    });
    revalidate();
}

int CriteriaModel::scheduleTypeValue() const
{
    return m_scheduleType ? int(*m_scheduleType) : -1;
}

// Sets a member and emits its NOTIFY signal and one validationChanged() when it differs.
template <typename T, typename Signal>
void CriteriaModel::assign(T &member, const T &value, Signal signal)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT(this->*signal)(value);
    revalidate();
}

void CriteriaModel::setHasSchedule(bool on)
{
    assign(m_hasSchedule, on, &CriteriaModel::hasScheduleChanged);
}
void CriteriaModel::setScheduleName(const QString &name)
{
    assign(m_scheduleName, name, &CriteriaModel::scheduleNameChanged);
}
void CriteriaModel::setAnonymousCallersEnabled(bool on)
{
    assign(m_anonymous, on, &CriteriaModel::anonymousCallersEnabledChanged);
}
void CriteriaModel::setUnavailableCallersEnabled(bool on)
{
    assign(m_unavailable, on, &CriteriaModel::unavailableCallersEnabledChanged);
}
void CriteriaModel::setRingEnabled(bool on)
{
    assign(m_ringEnabled, on, &CriteriaModel::ringEnabledChanged);
}

void CriteriaModel::setScheduleType(std::optional<ScheduleType> type)
{
    if (m_scheduleType == type)
        return;
    m_scheduleType = type;
    Q_EMIT scheduleTypeChanged();
    revalidate();
}

void CriteriaModel::setScheduleTypeValue(int value)
{
    if (value == int(ScheduleType::Holidays) || value == int(ScheduleType::BusinessHours))
        setScheduleType(ScheduleType(value));
    else
        setScheduleType(std::nullopt);
}

void CriteriaModel::setCallsFrom(CallsFrom callsFrom)
{
    if (m_callsFrom == callsFrom)
        return;
    const bool wasSelecting = phoneSelectionEnabled();
    m_callsFrom = callsFrom;
    Q_EMIT callsFromChanged();
    if (wasSelecting != phoneSelectionEnabled())
        Q_EMIT phoneSelectionEnabledChanged(phoneSelectionEnabled());
    revalidate();
}

void CriteriaModel::setCallsFromValue(int value)
{
    setCallsFrom(value == int(CallsFrom::SelectPhoneNumbers) ? CallsFrom::SelectPhoneNumbers
                                                             : CallsFrom::AnyPhoneNumber);
}

void CriteriaModel::setDefaultRegion(const QString &region)
{
    const QString before = m_numbers.defaultRegion();
    m_quietNumbers = true;              // one validationChanged() for the whole change; views still
    m_numbers.setDefaultRegion(region); // hear the list's own signals
    m_quietNumbers = false;
    if (m_numbers.defaultRegion() == before)
        return;
    Q_EMIT defaultRegionChanged(m_numbers.defaultRegion());
    revalidate();
}

Criteria CriteriaModel::criteria() const
{
    Criteria c;
    if (m_hasSchedule)
        c.schedule = Schedule{m_scheduleName, m_scheduleType, ScheduleLevel::Group};
    c.callsFrom = m_callsFrom;
    c.anonymousCallersEnabled = m_anonymous;
    c.unavailableCallersEnabled = m_unavailable;
    c.phoneNumbers = m_numbers.wireNumbers();
    c.ringEnabled = m_ringEnabled;
    return c;
}

Criteria CriteriaModel::typedCriteria() const
{
    Criteria c = criteria();
    c.schedule = Schedule{m_scheduleName, m_scheduleType, ScheduleLevel::Group};
    c.phoneNumbers = m_numbers.typed();
    return c;
}

void CriteriaModel::setCriteria(const Criteria &criteria)
{
    // Apply every field quietly, then announce the changes and validate once.
    QSignalBlocker blocker(this);
    setHasSchedule(criteria.schedule.has_value());
    if (criteria.schedule) {
        setScheduleName(criteria.schedule->name);
        setScheduleType(criteria.schedule->type);
    }
    setCallsFrom(criteria.callsFrom);
    setAnonymousCallersEnabled(criteria.anonymousCallersEnabled);
    setUnavailableCallersEnabled(criteria.unavailableCallersEnabled);
    setRingEnabled(criteria.ringEnabled);
    m_quietNumbers = true;
    m_numbers.setTyped(criteria.phoneNumbers);
    m_quietNumbers = false;
    blocker.unblock();
    Q_EMIT hasScheduleChanged(m_hasSchedule);
    Q_EMIT scheduleNameChanged(m_scheduleName);
    Q_EMIT scheduleTypeChanged();
    Q_EMIT callsFromChanged();
    Q_EMIT phoneSelectionEnabledChanged(phoneSelectionEnabled());
    Q_EMIT anonymousCallersEnabledChanged(m_anonymous);
    Q_EMIT unavailableCallersEnabledChanged(m_unavailable);
    Q_EMIT ringEnabledChanged(m_ringEnabled);
    revalidate();
    Q_EMIT criteriaLoaded();
}

ValidationContext CriteriaModel::validationContext() const
{
    ValidationContext context;
    context.purpose = ValidationContext::Purpose::Send;
    context.defaultRegion = m_numbers.defaultRegion();
    context.knownSchedules = m_knownSchedules;
    return context;
}

void CriteriaModel::setKnownSchedules(const std::optional<QStringList> &names)
{
    if (m_knownSchedules == names)
        return;
    m_knownSchedules = names;
    Q_EMIT knownSchedulesChanged();
    revalidate();
}

void CriteriaModel::revalidate()
{
    // Validate what the admin typed, so that messages quote their own spelling.
    Criteria typed = criteria();
    typed.phoneNumbers = m_numbers.typed();
    m_issues = CriteriaValidator::validateCriteria(typed, validationContext());
    QHash<int, QString> rowMessages;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        if (issue.field == Field::PhoneNumbers && issue.row >= 0)
            rowMessages.insert(issue.row, issue.message);
    }
    m_numbers.setRowMessages(rowMessages);
    Q_EMIT validationChanged();
}

} // namespace seqring
