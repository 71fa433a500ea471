#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "app/files/targetsfile.h"
#include "models/workspacestate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class LocationCatalog;
class RequestGate;
class WorkspaceResolver;
class WorkspaceStateReader;

// How far an export has come.
struct StateExportProgress {
    int listed = 0; // workspaces known so far (all of them once listingDone)
    bool listingDone = false;
    int read = 0;   // handed on with their state
    int failed = 0; // reported failed (cancelled ones included)
    // Every workspace when known, else -1.
    int total() const { return listingDone ? listed : -1; }
};

// Reads the sequential ring state of every workspace of an organisation, or of those a
// targets file names (resolved as a bulk run resolves them), through ONE RequestGate: the
// licenses, the locations and the organisation's own numbers first (each may fail: then
// the license is left to the service, the location name empty, the numbers unknown), then
// GET /workspaces by the page, a page asked for only when the workspaces listed and not
// started run low, and each workspace read whole by a WorkspaceStateReader, `concurrency`
// at once. Each workspace is handed on in the order of the listing (or of the targets),
// read or failed, so a file written from workspaceRead is the same for the same state; at
// most kWindowPerSlot workspaces per slot are started ahead of the oldest not yet handed
// on, so memory does not grow with the organisation.
class StateExport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kWindowPerSlot = 16;

    StateExport(ApiClient *client, int concurrency, QObject *parent = nullptr);
    ~StateExport() override;

    // The region national numbers read back are taken in ("US" unless set).
    void setDefaultRegion(const QString &region) { m_region = region; }

    // Every workspace of the organisation `context` names (its API root, org and token).
    void start(const RequestContext &context);
    // Only `targets`, by ID or exact name; one that cannot be found is reported failed.
    void start(const RequestContext &context, const QList<BulkTarget> &targets);
    // Sends nothing new: workspaces not started are dropped, those in flight end failed with
    // their request's not-sent text (or read, when their last answer was on the wire);
    // finished() follows once nothing is in flight.
    void cancel();

    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    RequestGate *gate() const { return m_gate; }
    StateExportProgress progress() const { return m_progress; }
    // The organisation's own numbers (E.164), when they could be read; known before the
    // first workspace is handed on.
    const std::optional<QSet<QString>> &organisationNumbers() const { return m_orgNumbers; }

Q_SIGNALS:
    // A 429: every request waits `seconds`.
    void paused(int seconds);
    void workspaceRead(const seqring::WorkspaceState &state);
    void workspaceFailed(const QString &workspaceId, const QString &displayName,
                         const QString &error);
    void progressChanged(const seqring::StateExportProgress &progress);
    // Exactly once. `error`: the list of workspaces could not be read (whole); workspaces
    // that failed are reported by workspaceFailed only.
    void finished(const QString &error);

private:
    // One workspace to read: from the listing (base set), or a target to resolve first.
    struct Item {
        WorkspaceState base;
        std::optional<BulkTarget> target;
    };
    // One workspace's outcome, waiting for those before it to be handed on.
    struct Outcome {
        WorkspaceState state;
        QString error; // empty: read
    };

    void begin(const RequestContext &context);
    void readNumbers();
    void onPrelude();
    void requestPage();
    void onPage(const ApiResult &result);
    WorkspaceState baseOf(const QJsonObject &workspace) const;
    void pump();
    void startItem(qint64 sequence, const Item &item);
    void readItem(qint64 sequence, const WorkspaceState &base);
    void done(qint64 sequence, const Outcome &outcome);
    void handOn();
    void finishIfDone();

    ApiClient *m_client;
    int m_concurrency;
    QString m_region = QStringLiteral("US");
    RequestGate *m_gate;
    LicenseCatalog *m_licenses;
    LocationCatalog *m_locations;
    std::unique_ptr<WorkspaceResolver> m_resolver;
    QObject m_receiver; // the context of the answers to this export's own requests
    QList<WorkspaceStateReader *> m_idleReaders;
    RequestContext m_context;
    std::optional<QSet<QString>> m_orgNumbers;
    QSet<QString> m_numbersRead; // while the numbers' pages are read
    int m_preludeLeft = 0;
    bool m_listing = false; // reading GET /workspaces by the page
    bool m_pageInFlight = false;
    int m_pages = 0;
    QString m_listError;
    QList<Item> m_queue;           // listed or named, not started
    QMap<qint64, Outcome> m_ready; // finished, waiting for those before them
    qint64 m_nextSequence = 0;     // of the next item started
    qint64 m_handedOn = 0;         // items handed on (by sequence)
    int m_active = 0;
    StateExportProgress m_progress;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::StateExportProgress)
