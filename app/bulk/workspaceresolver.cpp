#include "app/bulk/workspaceresolver.h"

#include "app/client/apirequests.h"
#include "app/client/requestgate.h"
#include "models/webexid.h"

#include <QJsonArray>
#include <QTimer>

namespace seqring
{

WorkspaceResolver::WorkspaceResolver(RequestGate *gate) : m_gate(gate) {}

QList<QJsonObject> WorkspaceResolver::exactMatches(const QJsonObject &answer, const QString &name)
{
    QList<QJsonObject> exact;
    for (const QJsonValue &item : answer.value(QLatin1String("items")).toArray()) {
        if (item[QLatin1String("displayName")].toString() == name)
            exact.append(item.toObject());
    }
    return exact;
}

void WorkspaceResolver::prepare(const RequestContext &context, const QList<BulkTarget> &targets)
{
    if (targets.size() < kMinTargetsToList)
        return;
    m_context = context;
    for (const BulkTarget &target : targets) {
        if (!target.workspaceId.isEmpty())
            m_wantedIds.insert(WebexId::key(target.workspaceId));
        else
            m_wantedNames.insert(target.displayName);
    }
    m_targets = int(targets.size());
    m_listing = true;
    requestPage();
}

void WorkspaceResolver::requestPage()
{
    m_gate->send(ApiRequests::listPage(m_context, ApiRequests::workspacesPath(),
                                       m_pages * kPageSize, kPageSize),
                 &m_receiver, [this](const ApiResult &result) { onPage(result); });
}

void WorkspaceResolver::onPage(const ApiResult &result)
{
    if (!result.ok) {
        endListing(); // each target is looked up on its own
        return;
    }
    const QJsonArray items = result.json.object().value(QLatin1String("items")).toArray();
    ++m_pages;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString name = item.value(QLatin1String("displayName")).toString();
        const QString key = WebexId::key(id);
        if (m_wantedIds.remove(key))
            m_byId.insert(key, item);
        if (m_wantedNames.contains(name))
            m_byName[name].append(item);
    }
    m_complete = items.size() < kPageSize;
    // Those waiting for an ID this page listed go on now.
    for (qsizetype i = 0; i < m_waiting.size();) {
        if (answerFromPages(m_waiting.at(i)))
            m_waiting.removeAt(i);
        else
            ++i;
    }
    // Another page costs one request, as one look-up does: with one target left, or with
    // as many pages read as there were targets, the rest is looked up on its own.
    const qsizetype left = m_wantedIds.size() + m_wantedNames.size();
    if (m_complete || left <= 1 || m_pages >= m_targets) {
        endListing();
        return;
    }
    requestPage();
}

void WorkspaceResolver::endListing()
{
    m_listing = false;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting) {
        if (!answerFromPages(w))
            lookUp(w.context, w.target, w.done);
    }
}

bool WorkspaceResolver::answerFromPages(const Waiting &waiting)
{
    const BulkTarget &target = waiting.target;
    const Done &done = waiting.done;
    if (!target.workspaceId.isEmpty()) {
        const auto found = m_byId.constFind(WebexId::key(target.workspaceId));
        if (found == m_byId.constEnd())
            return false;
        const QJsonObject workspace = found.value();
        QTimer::singleShot(0, &m_receiver,
                           [workspace, done] { done(workspace, QString(), ApiResult()); });
        return true;
    }
    if (!m_complete)
        return false; // a later page may hold a second workspace of that name
    const QList<QJsonObject> exact = m_byName.value(target.displayName);
    QTimer::singleShot(0, &m_receiver,
                       [exact, target, done] { answerNamed(exact, target, done, ApiResult()); });
    return true;
}

void WorkspaceResolver::resolve(const RequestContext &context, const BulkTarget &target, Done done)
{
    Waiting waiting{context, target, std::move(done)};
    if (answerFromPages(waiting))
        return;
    if (m_listing) {
        m_waiting.append(std::move(waiting));
        return;
    }
    lookUp(context, target, waiting.done);
}

void WorkspaceResolver::answerNamed(const QList<QJsonObject> &exact, const BulkTarget &target,
                                    const Done &done, const ApiResult &answer)
{
    if (exact.size() == 1) {
        done(exact.first(), QString(), answer);
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
         tr("%1 workspaces are named \"%2\" (line %3); give the ID of the one meant instead: %4.")
             .arg(exact.size())
             .arg(target.displayName)
             .arg(target.line)
             .arg(ids.join(QLatin1String(", "))),
         ApiResult());
}

void WorkspaceResolver::lookUp(const RequestContext &context, const BulkTarget &target, Done done)
{
    if (!target.workspaceId.isEmpty()) {
        RequestContext byId = context;
        byId.workspaceId = target.workspaceId;
        m_gate->send(
            ApiRequests::getWorkspace(byId), &m_receiver, [target, done](const ApiResult &result) {
                const QString answered = result.json.object().value(QLatin1String("id")).toString();
                if (result.ok && WebexId::same(answered, target.workspaceId))
                    done(result.json.object(), QString(), result);
                else if (result.ok)
                    // An answer about another workspace must not pass for this one.
                    done({},
                         tr("Webex answered the look-up of the workspace %1 with another "
                            "workspace (\"%2\"); it was not changed.")
                             .arg(target.workspaceId, answered),
                         result);
                else if (result.httpStatus == 404)
                    done({},
                         tr("No workspace has the ID %1 in this organization.")
                             .arg(target.workspaceId),
                         result);
                else
                    done({},
                         tr("The workspace could not be read: %1")
                             .arg(BulkOutcome::oneLine(result.error.text())),
                         result);
            });
        return;
    }
    m_gate->send(
        ApiRequests::workspacesNamed(context, target.displayName), &m_receiver,
        [target, done](const ApiResult &result) {
            if (!result.ok) {
                done({},
                     tr("The workspace named \"%1\" could not be looked up: %2")
                         .arg(target.displayName, BulkOutcome::oneLine(result.error.text())),
                     result);
                return;
            }
            answerNamed(exactMatches(result.json.object(), target.displayName), target, done,
                        result);
        });
}

} // namespace seqring
