#pragma once

#include "models/criteria.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace seqring
{

// Why a call rings sequentially or not: the five verdicts of CallRules::decide.
enum class CallReason {
    SequentialRingOff,  // sequential-ring-off
    NoNumbers,          // no-numbers
    NoMatchingCriteria, // no-matching-criteria
    DoNotRingCriteria,  // do-not-ring-criteria
    RingCriteria,       // ring-criteria
};
QString toWire(CallReason reason);

// One step of the sequence: this workspace (phoneNumber empty) or a number, with its rings.
struct RingStep {
    QString phoneNumber;
    int rings = 0;
    bool answerConfirmation = false;

    friend bool operator==(const RingStep &a, const RingStep &b)
    {
        return a.phoneNumber == b.phoneNumber && a.rings == b.rings &&
               a.answerConfirmation == b.answerConfirmation;
    }
};

// What happens to one call, as CallRules::decide found it.
struct CallOutcome {
    Q_DECLARE_TR_FUNCTIONS(CallOutcome)
public:
    CallReason reason = CallReason::SequentialRingOff;
    bool ringsSequentially = false;           // reason is RingCriteria
    QString decidingCriteriaId;               // empty unless DoNotRingCriteria or RingCriteria
    std::optional<Schedule> decidingSchedule; // the deciding criteria's schedule, if it has one
    QStringList matchingCriteriaIds;          // every matching criteria, in the service's order
    QList<RingStep> sequence;                 // empty unless it rings sequentially
    bool thenVoicemail = false;               // after the sequence (only when it rings)
    QStringList warnings;                     // e.g. a criteria's schedule the location lacks
    QString timeZone;                         // as given in the scenario
    QDateTime localTime;                      // the wall-clock time used
    QString defaultRegion;                    // for showing numbers read back not in E.164

    // One English sentence (tr()): "Rings sequentially" or "Does not ring sequentially", the
    // deciding criteria, the reason, and the ring sequence when it rings.
    QString sentence() const;
    // `--json`: exactly ringsSequentially, reason, decidingCriteriaId (null when none),
    // matchingCriteriaIds, timeZone, at (YYYY-MM-DDTHH:MM), sequence (phoneNumber null for
    // this workspace, numberOfRings, answerConfirmationRequiredEnabled).
    QJsonObject toJson() const;
    // How a sentence names a criteria: `the criteria "Office Hours" (business hours)`, or
    // `the criteria for all hours`.
    static QString criteriaLabel(const std::optional<Schedule> &schedule);
};

} // namespace seqring
