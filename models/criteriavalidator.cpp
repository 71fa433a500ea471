#include "models/criteriavalidator.h"

#include "models/phonenumber.h"
#include "models/urlpolicy.h"

#include <QHash>
#include <QUrl>

namespace seqring
{

ValidationIssues CriteriaValidator::validate(const Criteria &criteria,
                                             const ValidationContext &context)
{
    return validateTarget(context) + validateCriteria(criteria, context);
}

ValidationIssues CriteriaValidator::validateTarget(const ValidationContext &context)
{
    ValidationIssues issues;
    auto add = [&issues](Field field, Severity severity, const QString &message, int row = -1) {
        issues.append({field, severity, message, row});
    };

    if (const QString apiProblem = UrlPolicy::checkApiRoot(context.apiRoot); !apiProblem.isEmpty())
        add(Field::ApiRoot, Severity::Error, apiProblem);

    const QString workspace = context.workspaceId.trimmed();
    if (workspace.isEmpty())
        add(Field::WorkspaceId, Severity::Error,
            tr("Workspace ID is required. Paste the workspace's ID from Control Hub or the "
               "API, or choose the workspace."));
    else if (workspace != context.workspaceId)
        add(Field::WorkspaceId, Severity::Warning,
            tr("Workspace ID \"%1\" has spaces at its start or end; they will be removed.")
                .arg(context.workspaceId));

    if (!context.hasToken)
        add(Field::Token,
            context.purpose == ValidationContext::Purpose::Send ? Severity::Error
                                                                : Severity::Warning,
            tr("No access token is set. Set a token with the scope "
               "spark-admin:workspaces_write before creating the criteria."));
    return issues;
}

ValidationIssues CriteriaValidator::validateCriteria(const Criteria &criteria,
                                                     const ValidationContext &context)
{
    ValidationIssues issues;
    auto add = [&issues](Field field, Severity severity, const QString &message, int row = -1) {
        issues.append({field, severity, message, row});
    };

    if (criteria.schedule) {
        if (criteria.schedule->name.trimmed().isEmpty())
            add(Field::ScheduleName, Severity::Error,
                tr("Schedule name is empty. Type or choose the name of a location schedule, "
                   "or turn off \"Only during a schedule\"."));
        if (!criteria.schedule->type) {
            const QString name = criteria.schedule->name.trimmed();
            add(Field::ScheduleType, Severity::Error,
                name.isEmpty() ? tr("Schedule type is not chosen. Choose \"Business hours\" or "
                                    "\"Holidays\".")
                               : tr("Schedule type is not chosen. Choose \"Business hours\" or "
                                    "\"Holidays\" for schedule \"%1\".")
                                     .arg(name));
        }
        const QString name = criteria.schedule->name.trimmed();
        if (!name.isEmpty() && context.knownSchedules && !context.knownSchedules->contains(name))
            add(Field::ScheduleName, Severity::Warning,
                tr("Schedule \"%1\" is not among the schedules of the workspace's location "
                   "(%2). Check the spelling, or create the schedule first; the service "
                   "refuses an unknown schedule.")
                    .arg(name, context.knownSchedules->isEmpty()
                                   ? tr("it has none")
                                   : context.knownSchedules->join(QLatin1String(", "))));
    }

    if (criteria.callsFrom == CallsFrom::SelectPhoneNumbers) {
        if (criteria.phoneNumbers.isEmpty() && !criteria.anonymousCallersEnabled &&
            !criteria.unavailableCallersEnabled)
            add(Field::PhoneNumbers, Severity::Error,
                tr("\"Select phone numbers\" needs at least one phone number, private callers "
                   "or unavailable callers. Add a number, turn on a caller option, or choose "
                   "\"Any phone number\"."));
        if (criteria.phoneNumbers.size() > kMaxPhoneNumbers)
            add(Field::PhoneNumbers, Severity::Error,
                tr("There are %1 phone numbers, but a criteria holds at most %2. Remove %3.")
                    .arg(criteria.phoneNumbers.size())
                    .arg(kMaxPhoneNumbers)
                    .arg(criteria.phoneNumbers.size() - kMaxPhoneNumbers));
        QHash<QString, int> seen;
        for (int row = 0; row < criteria.phoneNumbers.size(); ++row) {
            const QString &typed = criteria.phoneNumbers.at(row);
            const PhoneNumberCheck check = PhoneNumbers::check(typed, context.defaultRegion);
            if (!check.isValid()) {
                add(Field::PhoneNumbers, Severity::Error,
                    PhoneNumbers::describe(check.problem, typed, context.defaultRegion), row);
                continue;
            }
            if (seen.contains(check.e164)) {
                add(Field::PhoneNumbers, Severity::Error,
                    PhoneNumbers::describe(PhoneProblem::Duplicate, typed, context.defaultRegion),
                    row);
                continue;
            }
            seen.insert(check.e164, row);
        }
    }
    return issues;
}

bool CriteriaValidator::hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &i) { return i.severity == Severity::Error; });
}

} // namespace seqring
