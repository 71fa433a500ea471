#pragma once

#include "app/client/apijob.h"
#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/client/licensecatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace seqring
{

class ApiClient;
class ApiJob;
class LocationCatalog;
class PagedFetch;

// One workspace as the picker shows it: name, location, calling type and license state.
struct WorkspaceEntry {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceEntry)
public:
    QString id;
    QString name;
    QString locationId;
    QString locationName; // empty when the locations could not be read
    QString callingType;  // the API's calling.type, e.g. webexCalling, freeCalling
    WorkspaceLicense license = WorkspaceLicense::Unknown;

    // Professional, or on Webex Calling with a license that could not be read (the
    // service decides then); never the basic workspace license or another calling type.
    bool selectable() const;
    QString callingText() const;
    QString licenseText() const;
    // Why the workspace cannot be chosen (or what is uncertain); empty for Professional.
    QString reason() const;
    // "London - Boardroom (London)"
    QString title() const;
};

// Finds workspaces for the picker: a search by name through every page of GET /workspaces,
// and one workspace by ID; each result with its location name and license state (from the
// session's cached LicenseCatalog and LocationCatalog, read beside the first page). The
// rows of a search come page by page (searchPage), so a view can show them as they arrive,
// and all together at the end (searchFinished). A newer search makes the replies of older
// ones stale: they are dropped, never shown.
class WorkspaceDirectory : public QObject
{
    Q_OBJECT
public:
    WorkspaceDirectory(ApiClient *client, LicenseCatalog *licenses, LocationCatalog *locations,
                       QObject *parent = nullptr);
    ~WorkspaceDirectory() override;

    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }

    // Starts a search (displayName contains text; all workspaces when empty); returns its
    // serial, which searchFinished()/searchFailed() carry.
    quint64 search(const RequestContext &context, const QString &text);
    // GET /workspaces/{id}.
    void lookup(const RequestContext &context, const QString &workspaceId);
    // Stops the search and the lookup in flight; a lookup stopped this way ends with
    // lookupFailed ("cancelled"), so that no lookup is left without an end.
    void cancel();
    // Stops the search only (the picker's Stop); a lookup goes on.
    void cancelSearch();

    bool isBusy() const;
    quint64 latestSerial() const { return m_serial; }
    int droppedReplies() const { return m_dropped; }
    LicenseCatalog *licenses() const { return m_licenses; }
    LocationCatalog *locations() const { return m_locations; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // pages read so far of the current search
    void searchProgress(int pages, int items);
    // The rows of one more page of the current search (once the catalogs are known).
    void searchPage(quint64 serial, const QList<seqring::WorkspaceEntry> &entries);
    // Every row of the search: those of its searchPage signals, in order.
    void searchFinished(quint64 serial, const QList<seqring::WorkspaceEntry> &entries);
    void searchFailed(quint64 serial, const QString &message);
    // The workspace asked for as `workspaceId` (the entry's ID may be written in another
    // form of the same ID, see WebexId).
    void lookupFinished(const QString &workspaceId, const seqring::WorkspaceEntry &entry);
    // notFound: the service does not know the ID (404), else the message says what failed.
    void lookupFailed(const QString &workspaceId, const QString &message, bool notFound);
    void staleReplyDropped(quint64 serial);

private:
    // What a search has read and shown so far.
    struct Rows {
        QList<QJsonObject> pending; // read, waiting for the catalogs
        QList<WorkspaceEntry> shown;
        bool catalogsKnown = false;
    };
    void onSearchFinished(PagedFetch *fetch, quint64 serial, const ApiResult &result);
    // Turns the pending items into rows and announces them (when the catalogs are known).
    void flushRows(quint64 serial);
    void onLookupFinished(const RequestContext &context, const QString &id,
                          const ApiResult &result);
    // Calls done once licenses and locations are known or failed.
    void withCatalogs(const RequestContext &context, std::function<void()> done);
    WorkspaceEntry entryOf(const QJsonObject &workspace) const;
    void updateBusy();

    ApiClient *m_client;
    LicenseCatalog *m_licenses;
    LocationCatalog *m_locations;
    int m_pageSize = 100;
    quint64 m_serial = 0;
    int m_dropped = 0;
    QPointer<PagedFetch> m_search;
    Rows m_rows; // of the current search
    QPointer<ApiJob> m_lookup;
    QString m_lookupId; // the ID of the lookup in flight (job or catalogs), else empty
    quint64 m_lookupSerial = 0;
    bool m_resolving = false;       // a search's catalogs are being read
    bool m_lookupResolving = false; // a lookup's catalogs are being read
    bool m_busy = false;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::WorkspaceEntry)
