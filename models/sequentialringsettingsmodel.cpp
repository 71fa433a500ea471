#include "models/sequentialringsettingsmodel.h"

#include "models/phonenumber.h"

#include <QSet>

namespace seqring
{

SequentialRingSettingsModel::SequentialRingSettingsModel(QObject *parent) : QObject(parent)
{
    update(-1);
}

void SequentialRingSettingsModel::setSettings(const SequentialRingSettings &settings)
{
    m_enabled = settings.enabled;
    m_first = settings.ringBaseLocationFirst;
    m_baseRings = settings.baseLocationRings;
    m_continueIfBusy = settings.continueIfBaseLocationIsBusy;
    m_voicemail = settings.callsToVoicemail;
    for (int slot = 0; slot < kMaxRingNumbers; ++slot) {
        RingNumber number = settings.numbers.value(slot);
        const PhoneNumberCheck check = PhoneNumbers::check(number.phoneNumber, m_region);
        if (check.isValid())
            number.phoneNumber = check.e164;
        m_slots[slot] = number;
    }
    update(-1);
}

SequentialRingSettings SequentialRingSettingsModel::settings() const
{
    SequentialRingSettings out;
    out.enabled = m_enabled;
    out.ringBaseLocationFirst = m_first;
    out.baseLocationRings = m_baseRings;
    out.continueIfBaseLocationIsBusy = m_continueIfBusy;
    out.callsToVoicemail = m_voicemail;
    for (const RingNumber &slot : m_slots) {
        if (slot.phoneNumber.trimmed().isEmpty())
            continue;
        RingNumber number = slot;
        const PhoneNumberCheck check = PhoneNumbers::check(slot.phoneNumber, m_region);
        number.phoneNumber = check.isValid() ? check.e164 : slot.phoneNumber.trimmed();
        out.numbers.append(number);
    }
    return out;
}

// Sets a member and revalidates when it differs.
template <typename T> void SequentialRingSettingsModel::assign(T &member, const T &value, int slot)
{
    if (member == value)
        return;
    member = value;
    update(slot);
}

void SequentialRingSettingsModel::setEnabled(bool on)
{
    assign(m_enabled, on, -1);
}
void SequentialRingSettingsModel::setRingBaseLocationFirst(bool on)
{
    assign(m_first, on, -1);
}
void SequentialRingSettingsModel::setBaseLocationRings(int rings)
{
    assign(m_baseRings, rings, -1);
}
void SequentialRingSettingsModel::setContinueIfBaseLocationIsBusy(bool on)
{
    assign(m_continueIfBusy, on, -1);
}
void SequentialRingSettingsModel::setCallsToVoicemail(bool on)
{
    assign(m_voicemail, on, -1);
}
void SequentialRingSettingsModel::setNumber(int slot, const QString &typed)
{
    assign(m_slots[slot].phoneNumber, typed, slot);
}
void SequentialRingSettingsModel::setRings(int slot, int rings)
{
    assign(m_slots[slot].rings, rings, slot);
}
void SequentialRingSettingsModel::setAnswerConfirmation(int slot, bool on)
{
    assign(m_slots[slot].answerConfirmation, on, slot);
}

void SequentialRingSettingsModel::moveUp(int slot)
{
    if (slot <= 0 || slot >= kMaxRingNumbers)
        return;
    std::swap(m_slots[slot - 1], m_slots[slot]);
    update(-1);
}

void SequentialRingSettingsModel::moveDown(int slot)
{
    if (slot < 0 || slot + 1 >= kMaxRingNumbers)
        return;
    std::swap(m_slots[slot], m_slots[slot + 1]);
    update(-1);
}

void SequentialRingSettingsModel::setDefaultRegion(const QString &region)
{
    assign(m_region, region, -1);
}

RingIssue SequentialRingSettingsModel::issueFor(RingIssue::Part part, int slot) const
{
    for (const RingIssue &issue : m_issues) {
        if (issue.part == part && issue.slot == slot)
            return issue;
    }
    return {part, slot, Severity::Warning, QString()};
}

bool SequentialRingSettingsModel::hasErrors() const
{
    for (const RingIssue &issue : m_issues) {
        if (issue.severity == Severity::Error)
            return true;
    }
    return false;
}

void SequentialRingSettingsModel::update(int slot)
{
    m_issues.clear();
    using Part = RingIssue::Part;
    if (!ringsInRange(m_baseRings))
        m_issues.append({Part::BaseLocationRings, -1, Severity::Error,
                         tr("Rings at this workspace is %1; it must be from %2 to %3.")
                             .arg(m_baseRings)
                             .arg(kMinRings)
                             .arg(kMaxRings)});
    QSet<QString> seen;
    bool anyNumber = false;
    for (int i = 0; i < kMaxRingNumbers; ++i) {
        const RingNumber &row = m_slots.at(i);
        const QString typed = row.phoneNumber.trimmed();
        if (typed.isEmpty())
            continue;
        anyNumber = true;
        const PhoneNumberCheck check = PhoneNumbers::check(typed, m_region);
        if (!check.isValid())
            m_issues.append({Part::Number, i, Severity::Error,
                             tr("Number %1: %2")
                                 .arg(i + 1)
                                 .arg(PhoneNumbers::describe(check.problem, typed, m_region))});
        else if (seen.contains(check.e164))
            m_issues.append({Part::Number, i, Severity::Error,
                             tr("Number %1: %2 is already in the list; each number is rung once.")
                                 .arg(i + 1)
                                 .arg(check.e164)});
        else
            seen.insert(check.e164);
        if (!ringsInRange(row.rings))
            m_issues.append({Part::Rings, i, Severity::Error,
                             tr("Rings for number %1 is %2; it must be from %3 to %4.")
                                 .arg(i + 1)
                                 .arg(row.rings)
                                 .arg(kMinRings)
                                 .arg(kMaxRings)});
    }
    if (m_enabled && !anyNumber)
        m_issues.append({Part::Enabled, -1, Severity::Warning,
                         tr("Sequential ring is on but has no number to ring: add at least one "
                            "number.")});
    Q_EMIT changed(slot);
}

} // namespace seqring
