#include "models/validationsource.h"

namespace seqring
{

ValidationIssues ValidationSource::issuesFor(Field field) const
{
    ValidationIssues out;
    const ValidationIssues all = issues();
    for (const ValidationIssue &issue : all) {
        if (issue.field == field)
            out.append(issue);
    }
    return out;
}

} // namespace seqring
