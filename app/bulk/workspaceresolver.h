#pragma once

#include "apiresult.h"
#include "httprequest.h"
#include "targetsfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace seqring
{

class RequestGate;

// Finds the workspace a bulk target names, through the run's gate: GET /workspaces/{id}
// for an ID, GET /workspaces?displayName= for a name, keeping exact matches only. An
// unknown or ambiguous name is reported, never guessed.
class WorkspaceResolver
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceResolver)
public:
    // workspace is empty on failure; then `problem` says why and `answer` is the reply
    // (when there was one).
    using Done = std::function<void(const QJsonObject &workspace, const QString &problem,
                                    const ApiResult &answer)>;

    static void resolve(RequestGate *gate, QObject *receiver, const RequestContext &context,
                        const BulkTarget &target, Done done);
    // The items of a name search whose displayName is exactly `name`.
    static QList<QJsonObject> exactMatches(const QJsonObject &answer, const QString &name);
};

} // namespace seqring
