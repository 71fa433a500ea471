#include "app/client/lookuperror.h"

namespace seqring
{

QString LookupError::describe(const ApiResult &result, const QString &what, const QString &scope)
{
    const ApiError &error = result.error;
    if (error.kind == ApiError::Kind::Cancelled)
        return tr("Reading %1 was cancelled.").arg(what);
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        return tr("Reading %1 was refused (401): the token is not valid or has expired. Set a "
                  "new token; it needs the scope %2.")
            .arg(what, scope);
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
        return tr("Reading %1 was refused (403): the token lacks the scope %2, or the "
                  "administrator may not read this organisation. Use a token with %2.")
            .arg(what, scope);
    return tr("Reading %1 failed: %2").arg(what, error.text());
}

} // namespace seqring
