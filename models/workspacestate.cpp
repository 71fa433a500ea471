#include "models/workspacestate.h"

namespace seqring
{

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
