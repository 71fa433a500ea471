#include "models/callcomparison.h"

namespace seqring
{

CallScenario CallComparison::withForm(const CallScenario &scenario, const Criteria &form,
                                      const QString &editedId)
{
    CallScenario changed = scenario;
    if (!editedId.isEmpty()) {
        for (ExistingCriteria &existing : changed.criteria) {
            if (existing.id == editedId) {
                existing.criteria = form;
                return changed;
            }
        }
    }
    changed.criteria.append({editedId.isEmpty() ? formId() : editedId, form});
    return changed;
}

QString CallComparison::ifSaved(const CallScenario &scenario, const CallOutcome &current,
                                const Criteria &form, const QString &editedId)
{
    const QString sentence = CallRules::decide(withForm(scenario, form, editedId)).sentence();
    if (sentence == current.sentence())
        return tr("Saving the form's criteria would not change this.");
    return tr("If the form's criteria were saved: %1").arg(sentence);
}

} // namespace seqring
