#include "models/workspacestate.h"

#include "models/criteriadiff.h"
#include "models/phonenumber.h"

namespace seqring
{

SequentialRingSettings normalizedRingSettings(const SequentialRingSettings &settings,
                                              const QString &defaultRegion)
{
    SequentialRingSettings out = settings;
    out.criteria.clear();
    for (RingNumber &number : out.numbers) {
        const PhoneNumberCheck check = PhoneNumbers::check(number.phoneNumber, defaultRegion);
        if (check.isValid())
            number.phoneNumber = check.e164;
    }
    return out;
}

WorkspaceState WorkspaceState::normalized(const QString &defaultRegion) const
{
    WorkspaceState out = *this;
    if (out.settings)
        out.settings = normalizedRingSettings(*out.settings, defaultRegion);
    for (StoredCriteria &stored : out.criteria)
        stored.criteria = CriteriaDiff::normalized(stored.criteria, defaultRegion);
    return out;
}

bool sameRingSettings(const SequentialRingSettings &a, const SequentialRingSettings &b)
{
    return a.enabled == b.enabled && a.ringBaseLocationFirst == b.ringBaseLocationFirst &&
           a.baseLocationRings == b.baseLocationRings &&
           a.continueIfBaseLocationIsBusy == b.continueIfBaseLocationIsBusy &&
           a.callsToVoicemail == b.callsToVoicemail && a.numbers == b.numbers;
}

bool operator==(const WorkspaceState &a, const WorkspaceState &b)
{
    if (a.settings.has_value() != b.settings.has_value())
        return false;
    if (a.settings && !sameRingSettings(*a.settings, *b.settings))
        return false;
    return a.id == b.id && a.displayName == b.displayName && a.locationId == b.locationId &&
           a.locationName == b.locationName && a.professional == b.professional &&
           a.criteria == b.criteria && a.unknownKeys == b.unknownKeys &&
           a.settingsUnknownKeys == b.settingsUnknownKeys;
}

WorkspaceSummary WorkspaceSummary::of(const WorkspaceState &state,
                                      const std::optional<QSet<QString>> &organisationNumbers)
{
    WorkspaceSummary summary;
    summary.workspaceId = state.id;
    summary.displayName = state.displayName;
    summary.location = state.locationName;
    summary.professional = state.professional;
    if (state.settings) {
        summary.enabled = state.settings->enabled;
        summary.numbers = int(state.settings->numbers.size());
        if (organisationNumbers) {
            int external = 0;
            for (const RingNumber &number : state.settings->numbers)
                external += organisationNumbers->contains(number.phoneNumber) ? 0 : 1;
            summary.externalNumbers = external;
        }
    } else if (organisationNumbers) {
        summary.externalNumbers = 0;
    }
    summary.criteria = int(state.criteria.size());
    for (const StoredCriteria &stored : state.criteria)
        summary.doNotRingCriteria += stored.criteria.ringEnabled ? 0 : 1;
    return summary;
}

} // namespace seqring
