#pragma once

#include "models/criteria.h"
#include "models/sequentialringsettings.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace seqring
{

// One criteria of a workspace as the state file holds it: the criteria read whole, its ID
// (empty in a template or a hand-written file) and the keys of the file this version does
// not know, kept so that they are written back.
struct StoredCriteria {
    QString id;
    Criteria criteria;
    QJsonObject unknownKeys;

    friend bool operator==(const StoredCriteria &a, const StoredCriteria &b)
    {
        return a.id == b.id && a.criteria == b.criteria && a.unknownKeys == b.unknownKeys;
    }
    friend bool operator!=(const StoredCriteria &a, const StoredCriteria &b) { return !(a == b); }
};

// The sequential ring state of one workspace: what an export reads and what a sync makes
// the workspace equal to. Without the Professional license there are no settings and no
// criteria (the service has none to give).
struct WorkspaceState {
    QString id;
    QString displayName;
    QString locationId;
    QString locationName;
    bool professional = false;
    // Set exactly when professional. Its `criteria` summary list is not part of the state
    // (the full criteria are below) and is left empty.
    std::optional<SequentialRingSettings> settings;
    QList<StoredCriteria> criteria;
    QJsonObject unknownKeys;         // of the workspace's object in the file
    QJsonObject settingsUnknownKeys; // of its "sequentialRing" object

    // The state as the file holds it and as a sync compares it: ring numbers and criteria
    // numbers in E.164 (national ones in `defaultRegion`; what libphonenumber cannot read
    // stays as it is), no numbers or caller flags with ANY_PHONE_NUMBER, no criteria
    // summaries. An export writes the state read from the service through this.
    WorkspaceState normalized(const QString &defaultRegion) const;

    friend bool operator==(const WorkspaceState &a, const WorkspaceState &b);
    friend bool operator!=(const WorkspaceState &a, const WorkspaceState &b) { return !(a == b); }
};

// `settings` with its numbers in E.164 (as WorkspaceState::normalized) and no criteria
// summaries.
SequentialRingSettings normalizedRingSettings(const SequentialRingSettings &settings,
                                              const QString &defaultRegion);

// The ring settings as PUT sends them are equal (the read-only criteria summaries are
// ignored); numbers are compared as they are, so normalise them first.
bool sameRingSettings(const SequentialRingSettings &a, const SequentialRingSettings &b);

// One row of the summary CSV of an export.
struct WorkspaceSummary {
    QString workspaceId;
    QString displayName;
    QString location;
    bool professional = false;
    bool enabled = false;
    int numbers = 0;                    // the ring numbers set
    std::optional<int> externalNumbers; // of those, the ones not the organisation's own
    int criteria = 0;
    int doNotRingCriteria = 0; // criteria with ringEnabled false

    // The summary of `state`. `organisationNumbers` (E.164) is the organisation's own
    // numbers when they could be read; without it externalNumbers stays unset.
    static WorkspaceSummary of(const WorkspaceState &state,
                               const std::optional<QSet<QString>> &organisationNumbers);
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::WorkspaceState)
