#include "app/program/previewsubcommand.h"

#include "app/client/apirequests.h"
#include "app/files/draftfile.h"
#include "models/criteriavalidator.h"
#include "models/phonenumber.h"

#include <QTextStream>

namespace seqring
{

int PreviewSubcommand::run(const Options &options, QTextStream &out, QTextStream &err)
{
    const Parsed<Draft> draft = DraftFile::read(options.draftPath);
    if (!draft.ok()) {
        err << draft.error << Qt::endl;
        return 2;
    }
    Criteria criteria = draft.value->criteria;
    RequestContext context;
    context.apiRoot = options.apiRoot.isEmpty() ? kWebexApiRoot : options.apiRoot;
    context.workspaceId =
        options.workspaceId.isEmpty() ? draft.value->workspaceId : options.workspaceId;
    context.orgId = options.orgId.isEmpty() ? draft.value->orgId : options.orgId;
    context.token = options.token;

    ValidationContext validation;
    validation.workspaceId = context.workspaceId;
    validation.apiRoot = context.apiRoot;
    validation.hasToken = !context.token.trimmed().isEmpty();
    validation.purpose = ValidationContext::Purpose::Preview;
    validation.defaultRegion = options.defaultRegion;
    const ValidationIssues issues = CriteriaValidator::validate(criteria, validation);
    for (const ValidationIssue &issue : issues) {
        err << (issue.severity == Severity::Error ? tr("error: ") : tr("warning: "))
            << issue.message << Qt::endl;
    }
    if (CriteriaValidator::hasErrors(issues))
        return 2;

    // The wire carries E.164, whatever spelling the draft keeps.
    for (QString &number : criteria.phoneNumbers)
        number = PhoneNumbers::check(number, options.defaultRegion).e164;
    out << RequestText::renderPreview(ApiRequests::createCriteria(criteria, context), false);
    out.flush();
    return 0;
}

} // namespace seqring
