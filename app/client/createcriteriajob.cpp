#include "app/client/createcriteriajob.h"

namespace seqring
{

void CreateCriteriaJob::checkSuccess(ApiResult &result) const
{
    // 200, 202 and 204 are successes of the table without an id; a 201 must carry one.
    if (result.httpStatus != 201 || !result.createdId.isEmpty())
        return;
    result.ok = false;
    result.error.kind = ApiError::Kind::MalformedReply;
    result.error.httpStatus = result.httpStatus;
    result.error.statusMeaning = result.statusMeaning;
    result.error.problem =
        tr("Webex answered %1 but did not return the ID of a new criteria. The criteria was "
           "probably created: reload the workspace's criteria list to check before you "
           "create it again.")
            .arg(result.httpStatus);
}

QString CreateCriteriaJob::successNote() const
{
    return tr("The criteria was probably created.");
}

QString CreateCriteriaJob::ambiguityNote() const
{
    return tr("The criteria may or may not have been created. Reload the workspace's "
              "criteria list to check before you create it again, so that it does not "
              "exist twice.");
}

} // namespace seqring
