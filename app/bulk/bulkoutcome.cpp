#include "bulkoutcome.h"

namespace seqring
{

QString BulkOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Created:
        return QStringLiteral("created");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::WouldCreate:
        return QStringLiteral("would-create");
    }
    return QStringLiteral("failed");
}

QStringList BulkOutcome::reportHeader()
{
    return {QStringLiteral("workspaceId"), QStringLiteral("displayName"),
            QStringLiteral("result"),      QStringLiteral("criteriaId"),
            QStringLiteral("httpStatus"),  QStringLiteral("trackingId"),
            QStringLiteral("message")};
}

QStringList BulkOutcome::reportRow() const
{
    return {workspaceId,
            displayName,
            resultName(result),
            criteriaId,
            httpStatus > 0 ? QString::number(httpStatus) : QString(),
            trackingId,
            message};
}

} // namespace seqring
