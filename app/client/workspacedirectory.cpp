#include "app/client/workspacedirectory.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"
#include "app/client/locationcatalog.h"
#include "app/client/lookuperror.h"
#include "app/client/pagedfetch.h"
#include "models/webexid.h"

#include <memory>
#include <utility>

namespace seqring
{

bool WorkspaceEntry::selectable() const
{
    return license == WorkspaceLicense::Professional ||
           (license == WorkspaceLicense::Unknown && callingType == QLatin1String("webexCalling"));
}

QString WorkspaceEntry::callingText() const
{
    if (callingType == QLatin1String("webexCalling"))
        return tr("Webex Calling");
    if (callingType == QLatin1String("freeCalling"))
        return tr("Free calling");
    if (callingType == QLatin1String("hybridCalling"))
        return tr("Hybrid calling");
    if (callingType.isEmpty() || callingType == QLatin1String("none"))
        return tr("No calling");
    return callingType;
}

QString WorkspaceEntry::licenseText() const
{
    switch (license) {
    case WorkspaceLicense::Professional:
        return tr("Professional");
    case WorkspaceLicense::BasicWorkspace:
        return tr("Basic workspace license");
    case WorkspaceLicense::NotWebexCalling:
        return tr("Not Webex Calling");
    case WorkspaceLicense::Unknown:
        break;
    }
    return tr("License not known");
}

QString WorkspaceEntry::reason() const
{
    switch (license) {
    case WorkspaceLicense::Professional:
        return {};
    case WorkspaceLicense::BasicWorkspace:
        return tr("sequential ring needs the Professional license");
    case WorkspaceLicense::NotWebexCalling:
        return tr("the workspace is not on Webex Calling");
    case WorkspaceLicense::Unknown:
        break;
    }
    return tr("the license could not be read; the service will refuse the criteria unless "
              "the workspace has the Professional license");
}

QString WorkspaceEntry::title() const
{
    if (locationName.isEmpty())
        return name;
    return tr("%1 (%2)").arg(name, locationName);
}

WorkspaceDirectory::WorkspaceDirectory(ApiClient *client, LicenseCatalog *licenses,
                                       LocationCatalog *locations, QObject *parent)
    : QObject(parent), m_client(client), m_licenses(licenses), m_locations(locations)
{
    qRegisterMetaType<WorkspaceEntry>();
}

WorkspaceDirectory::~WorkspaceDirectory() = default;

quint64 WorkspaceDirectory::search(const RequestContext &context, const QString &text)
{
    const quint64 serial = ++m_serial;
    if (m_search) {
        // Its reply in flight will be stale: let it arrive, drop it, and ask for no more.
        m_search->stopAfterCurrentPage();
        m_search = nullptr;
    }
    m_rows = Rows();
    m_resolving = false;
    const QString name = text.trimmed();
    QUrlQuery filters;
    if (!name.isEmpty())
        filters.addQueryItem(QStringLiteral("displayName"), name);
    auto *fetch = new PagedFetch(m_client, {context, ApiRequests::workspacesPath(), filters},
                                 QStringLiteral("items"), m_pageSize, this);
    m_search = fetch;
    connect(fetch, &PagedFetch::pageRead, this, [this, fetch, serial](int pages, int items) {
        if (fetch != m_search)
            return;
        m_rows.pending += fetch->takeItems();
        Q_EMIT searchProgress(pages, items);
        flushRows(serial);
    });
    connect(fetch, &PagedFetch::finished, this, [this, fetch, serial](const ApiResult &result) {
        onSearchFinished(fetch, serial, result);
    });
    fetch->start();
    // The catalogs beside the first page, so that the rows can be shown as they arrive.
    withCatalogs(context, [this, serial] {
        if (serial != m_serial)
            return;
        m_rows.catalogsKnown = true;
        flushRows(serial);
        if (m_resolving) { // every page was read before the catalogs
            m_resolving = false;
            updateBusy();
            Q_EMIT searchFinished(serial, m_rows.shown);
        }
    });
    updateBusy();
    return serial;
}

void WorkspaceDirectory::flushRows(quint64 serial)
{
    if (serial != m_serial || !m_rows.catalogsKnown || m_rows.pending.isEmpty())
        return;
    QList<WorkspaceEntry> entries;
    entries.reserve(m_rows.pending.size());
    for (const QJsonObject &item : std::as_const(m_rows.pending))
        entries.append(entryOf(item));
    m_rows.pending.clear();
    m_rows.shown += entries;
    Q_EMIT searchPage(serial, entries);
}

void WorkspaceDirectory::onSearchFinished(PagedFetch *fetch, quint64 serial,
                                          const ApiResult &result)
{
    fetch->deleteLater();
    if (serial != m_serial) {
        ++m_dropped;
        Q_EMIT staleReplyDropped(serial);
        updateBusy();
        return;
    }
    m_search = nullptr;
    if (!result.ok) {
        updateBusy();
        Q_EMIT searchFailed(serial, LookupError::describe(result, tr("the workspaces"),
                                                          LookupError::workspacesScope()));
        return;
    }
    if (!m_rows.catalogsKnown) {
        m_resolving = true; // searchFinished comes when the catalogs are known
        updateBusy();
        return;
    }
    updateBusy();
    Q_EMIT searchFinished(serial, m_rows.shown);
}

void WorkspaceDirectory::lookup(const RequestContext &context, const QString &workspaceId)
{
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
    RequestContext target = context;
    target.workspaceId = workspaceId.trimmed();
    m_lookupId = target.workspaceId;
    const quint64 serial = ++m_lookupSerial;
    m_lookupResolving = false;
    m_lookup = m_client->send(ApiRequests::getWorkspace(target));
    connect(m_lookup, &ApiJob::finished, this, [this, target, serial](const ApiResult &result) {
        if (serial == m_lookupSerial)
            onLookupFinished(target, target.workspaceId, result);
    });
    updateBusy();
}

void WorkspaceDirectory::onLookupFinished(const RequestContext &context, const QString &id,
                                          const ApiResult &result)
{
    m_lookup = nullptr;
    if (!result.ok) {
        m_lookupId.clear();
        updateBusy();
        const bool notFound = result.error.kind == ApiError::Kind::Http &&
                              (result.error.httpStatus == 404 || result.error.httpStatus == 400);
        Q_EMIT lookupFailed(id,
                            notFound ? tr("No workspace has the ID \"%1\" in this organisation. "
                                          "Check the ID, or choose the workspace.")
                                           .arg(id)
                                     : LookupError::describe(result, tr("the workspace"),
                                                             LookupError::workspacesScope()),
                            notFound);
        return;
    }
    const QJsonObject workspace = result.json.object();
    const QString answered = workspace.value(QLatin1String("id")).toString();
    if (!WebexId::same(answered, id)) {
        // An answer about another workspace (or none) must not pass for this one.
        m_lookupId.clear();
        updateBusy();
        Q_EMIT lookupFailed(id,
                            answered.isEmpty()
                                ? tr("Webex answered the look-up of the workspace \"%1\" without "
                                     "a workspace ID. Try again; if it persists, check the API "
                                     "address.")
                                      .arg(id)
                                : tr("Webex answered the look-up of the workspace \"%1\" with "
                                     "another workspace (\"%2\"). Try again; if it persists, "
                                     "check the API address.")
                                      .arg(id, answered),
                            false);
        return;
    }
    const quint64 serial = m_lookupSerial;
    m_lookupResolving = true;
    withCatalogs(context, [this, workspace, serial, id] {
        if (serial != m_lookupSerial)
            return;
        m_lookupResolving = false;
        m_lookupId.clear();
        Q_EMIT lookupFinished(id, entryOf(workspace));
        updateBusy();
    });
    updateBusy();
}

void WorkspaceDirectory::withCatalogs(const RequestContext &context, std::function<void()> done)
{
    // Both catalogs are read side by side; done runs after the second one answered.
    auto remaining = std::make_shared<int>(2);
    auto step = [remaining, done] {
        if (--*remaining == 0)
            done();
    };
    m_licenses->ensure(context, this, step);
    m_locations->ensure(context, this, step);
}

void WorkspaceDirectory::cancelSearch()
{
    ++m_serial; // whatever search is in flight is now stale
    if (m_search)
        m_search->cancel();
    m_search = nullptr;
    m_resolving = false;
    updateBusy();
}

void WorkspaceDirectory::cancel()
{
    cancelSearch();
    const QString pending = std::exchange(m_lookupId, QString());
    ++m_lookupSerial;
    if (m_lookup) {
        ApiJob *job = m_lookup;
        m_lookup = nullptr;
        job->cancel();
    }
    m_licenses->cancel();
    m_locations->cancel();
    m_lookupResolving = false;
    updateBusy();
    if (!pending.isEmpty())
        Q_EMIT lookupFailed(
            pending, tr("The look-up of the workspace \"%1\" was cancelled.").arg(pending), false);
}

bool WorkspaceDirectory::isBusy() const
{
    return m_search || m_lookup || m_resolving || m_lookupResolving;
}

void WorkspaceDirectory::updateBusy()
{
    if (m_busy == isBusy())
        return;
    m_busy = isBusy();
    Q_EMIT busyChanged(m_busy);
}

WorkspaceEntry WorkspaceDirectory::entryOf(const QJsonObject &workspace) const
{
    WorkspaceEntry entry;
    entry.id = workspace.value(QLatin1String("id")).toString();
    entry.name = workspace.value(QLatin1String("displayName")).toString();
    entry.locationId = workspace.value(QLatin1String("locationId")).toString();
    entry.locationName = m_locations->nameOf(entry.locationId);
    entry.callingType = workspace.value(QLatin1String("calling"))
                            .toObject()
                            .value(QLatin1String("type"))
                            .toString();
    entry.license = m_licenses->stateOf(workspace);
    return entry;
}

} // namespace seqring
