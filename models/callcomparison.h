#pragma once

#include "models/callrules.h"

#include <QCoreApplication>
#include <QString>

namespace seqring
{

// What saving the form's criteria would change about one call: CallRules::decide again with
// the form's criteria among the service's.
class CallComparison
{
    Q_DECLARE_TR_FUNCTIONS(CallComparison)
public:
    // The ID the form's criteria has in withForm() while it is not saved (create mode).
    static QString formId() { return QStringLiteral("form"); }
    // `scenario` with `form` saved: in edit mode (`editedId` one of the criteria) in that
    // criteria's place; else added after the service's criteria, as a created one is listed.
    static CallScenario withForm(const CallScenario &scenario, const Criteria &form,
                                 const QString &editedId);
    // "If the form's criteria were saved: " and the sentence of withForm(), or "Saving the
    // form's criteria would not change this." when that sentence is `current`'s.
    static QString ifSaved(const CallScenario &scenario, const CallOutcome &current,
                           const Criteria &form, const QString &editedId);
};

} // namespace seqring
