#include "workspaceresolver.h"

#include "apirequests.h"
#include "requestgate.h"

#include <QJsonArray>

namespace seqring
{

namespace
{
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}
} // namespace

QList<QJsonObject> WorkspaceResolver::exactMatches(const QJsonObject &answer, const QString &name)
{
    QList<QJsonObject> exact;
    for (const QJsonValue &item : answer.value(QLatin1String("items")).toArray()) {
        if (item[QLatin1String("displayName")].toString() == name)
            exact.append(item.toObject());
    }
    return exact;
}

void WorkspaceResolver::resolve(RequestGate *gate, QObject *receiver, const RequestContext &context,
                                const BulkTarget &target, Done done)
{
    if (!target.workspaceId.isEmpty()) {
        RequestContext byId = context;
        byId.workspaceId = target.workspaceId;
        gate->send(
            ApiRequests::getWorkspace(byId), receiver, [target, done](const ApiResult &result) {
                if (result.ok)
                    done(result.json.object(), QString(), result);
                else if (result.httpStatus == 404)
                    done({},
                         tr("No workspace has the ID %1 in this organization.")
                             .arg(target.workspaceId),
                         result);
                else
                    done(
                        {},
                        tr("The workspace could not be read: %1").arg(oneLine(result.error.text())),
                        result);
            });
        return;
    }
    gate->send(ApiRequests::workspacesNamed(context, target.displayName), receiver,
               [target, done](const ApiResult &result) {
                   if (!result.ok) {
                       done({},
                            tr("The workspace named \"%1\" could not be looked up: %2")
                                .arg(target.displayName, oneLine(result.error.text())),
                            result);
                       return;
                   }
                   const QList<QJsonObject> exact =
                       exactMatches(result.json.object(), target.displayName);
                   if (exact.size() == 1) {
                       done(exact.first(), QString(), result);
                       return;
                   }
                   if (exact.isEmpty()) {
                       done({},
                            tr("No workspace is named exactly \"%1\" (line %2).")
                                .arg(target.displayName)
                                .arg(target.line),
                            ApiResult());
                       return;
                   }
                   QStringList ids;
                   for (const QJsonObject &item : exact)
                       ids.append(item.value(QLatin1String("id")).toString());
                   done({},
                        tr("%1 workspaces are named \"%2\" (line %3); give the ID of the "
                           "one meant instead: %4.")
                            .arg(exact.size())
                            .arg(target.displayName)
                            .arg(target.line)
                            .arg(ids.join(QLatin1String(", "))),
                        ApiResult());
               });
}

} // namespace seqring
