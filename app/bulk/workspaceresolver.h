#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/files/bulkoutcome.h"
#include "app/files/targetsfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

namespace seqring
{

class RequestGate;

// Finds the workspaces a bulk run names, through the run's gate. For a run of many
// targets it reads GET /workspaces by the page (one page at a time, while the run goes on)
// and answers each target from the pages, so a thousand targets cost a dozen pages rather
// than a thousand look-ups. It stops reading once every target is found, when one target
// is left (a look-up costs what a page does), or once it has read as many pages as there
// were targets (so it never costs more than twice the look-ups).
// A target the pages do not answer is looked up on its own: GET /workspaces/{id} for an
// ID, GET /workspaces?displayName= for a name, keeping exact matches only. An unknown or
// ambiguous name is reported, never guessed; a name is answered from the pages only when
// every page was read, so that a second workspace of that name is never missed.
class WorkspaceResolver
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceResolver)
public:
    // workspace is empty on failure; then `problem` says why and `answer` is the reply
    // (when there was one).
    using Done = std::function<void(const QJsonObject &workspace, const QString &problem,
                                    const ApiResult &answer)>;
    // Fewer targets than this are looked up one by one: a page weighs more than a look-up.
    static constexpr int kMinTargetsToList = 10;
    static constexpr int kPageSize = 100;

    explicit WorkspaceResolver(RequestGate *gate);

    // The targets the run will resolve (those a journal answers left out). With enough of
    // them, starts reading the pages.
    void prepare(const RequestContext &context, const QList<BulkTarget> &targets);
    // Calls `done` once, from the event loop, with the workspace `target` names.
    void resolve(const RequestContext &context, const BulkTarget &target, Done done);

    int pagesRead() const { return m_pages; }
    bool isListing() const { return m_listing; }
    // The items of a name search whose displayName is exactly `name`.
    static QList<QJsonObject> exactMatches(const QJsonObject &answer, const QString &name);

private:
    // A target waiting for the pages.
    struct Waiting {
        RequestContext context;
        BulkTarget target;
        Done done;
    };
    void requestPage();
    void onPage(const ApiResult &result);
    // The pages are over (read, stopped or failed): every waiting target is answered.
    void endListing();
    bool answerFromPages(const Waiting &waiting);
    void lookUp(const RequestContext &context, const BulkTarget &target, Done done);
    static void answerNamed(const QList<QJsonObject> &exact, const BulkTarget &target,
                            const Done &done, const ApiResult &answer);

    RequestGate *m_gate;
    QObject m_receiver; // the context of every answer: none comes after the resolver is gone
    RequestContext m_context;
    QSet<QString> m_wantedIds;
    QSet<QString> m_wantedNames;
    QHash<QString, QJsonObject> m_byId;          // listed workspaces a target names by ID
    QHash<QString, QList<QJsonObject>> m_byName; // listed workspaces a target names by name
    QList<Waiting> m_waiting;
    int m_pages = 0;
    int m_targets = 0;       // prepared: the pages read never outnumber them
    bool m_listing = false;  // pages are being read
    bool m_complete = false; // every page was read
};

} // namespace seqring
