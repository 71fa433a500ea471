#pragma once

#include "models/criteria.h"
#include "models/urlpolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace seqring
{

// The form fields a validation issue can point at.
enum class Field {
    ApiRoot,
    WorkspaceId,
    OrgId,
    Token,
    ScheduleName,
    ScheduleType,
    CallsFrom,
    PhoneNumbers,
    AnonymousCallers,
    UnavailableCallers,
    RingEnabled,
};

enum class Severity { Error, Warning };

// One finding of the validator, shown at its field and in the issue list.
struct ValidationIssue {
    Field field = Field::WorkspaceId;
    Severity severity = Severity::Error;
    QString message;
    int row = -1; // for Field::PhoneNumbers: the row of the number, -1 for the list as a whole

    friend bool operator==(const ValidationIssue &a, const ValidationIssue &b)
    {
        return a.field == b.field && a.severity == b.severity && a.message == b.message &&
               a.row == b.row;
    }
};
using ValidationIssues = QList<ValidationIssue>;

// What the validator needs beyond the criteria itself.
struct ValidationContext {
    enum class Purpose { Preview, Send };
    QString workspaceId;
    QString apiRoot = kWebexApiRoot;
    bool hasToken = false;
    Purpose purpose = Purpose::Send;
    QString defaultRegion = QStringLiteral("US");
    // The schedule names of the workspace's location, when they have been read; a name
    // not among them gets a warning (schedules change, so it is not an error).
    std::optional<QStringList> knownSchedules;
};

// Pure validation of a criteria in its context.
class CriteriaValidator
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaValidator)
public:
    // Both halves below: everything a request needs before it can be sent.
    static ValidationIssues validate(const Criteria &criteria, const ValidationContext &context);
    // The target's fields only: API root, workspace ID, token (the TargetModel's facts).
    static ValidationIssues validateTarget(const ValidationContext &context);
    // The criteria's fields only (the CriteriaModel's facts); reads the context's default
    // region and known schedules.
    static ValidationIssues validateCriteria(const Criteria &criteria,
                                             const ValidationContext &context);
    static bool hasErrors(const ValidationIssues &issues);
};

} // namespace seqring
