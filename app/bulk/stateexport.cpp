#include "app/bulk/stateexport.h"

#include "app/bulk/workspaceresolver.h"
#include "app/client/apirequests.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/lookuperror.h"
#include "app/client/requestgate.h"
#include "app/client/workspacestatereader.h"
#include "models/phonenumber.h"

#include <QJsonArray>

namespace seqring
{

namespace
{
const QString kNumbersPath = QStringLiteral("telephony/config/numbers");

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}
} // namespace

StateExport::StateExport(ApiClient *client, int concurrency, QObject *parent)
    : QObject(parent), m_client(client), m_concurrency(qMax(1, concurrency)),
      m_gate(new RequestGate(client, m_concurrency, this)),
      m_licenses(new LicenseCatalog(client, this)), m_locations(new LocationCatalog(client, this)),
      m_resolver(std::make_unique<WorkspaceResolver>(m_gate))
{
    qRegisterMetaType<StateExportProgress>();
    connect(m_gate, &RequestGate::paused, this, &StateExport::paused);
    m_licenses->setSender(m_gate->sender());
    m_locations->setSender(m_gate->sender());
    for (int i = 0; i < m_concurrency; ++i) {
        auto *reader = new WorkspaceStateReader(client, this);
        reader->setSender(m_gate->sender());
        m_idleReaders.append(reader);
    }
}

StateExport::~StateExport() = default;

void StateExport::start(const RequestContext &context)
{
    m_listing = true;
    begin(context);
}

void StateExport::start(const RequestContext &context, const QList<BulkTarget> &targets)
{
    for (const BulkTarget &target : targets)
        m_queue.append(Item{{}, target});
    m_progress.listed = int(targets.size());
    m_progress.listingDone = true;
    begin(context);
}

void StateExport::begin(const RequestContext &context)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_context = context;
    m_context.workspaceId.clear();
    for (WorkspaceStateReader *reader : std::as_const(m_idleReaders))
        reader->setDefaultRegion(m_region);
    // The three look-ups side by side, each through the gate; the workspaces after them.
    m_preludeLeft = 3;
    m_licenses->ensure(m_context, &m_receiver, [this] { onPrelude(); });
    m_locations->ensure(m_context, &m_receiver, [this] { onPrelude(); });
    readNumbers();
}

void StateExport::readNumbers()
{
    const int start = int(m_numbersRead.size());
    m_gate->send(ApiRequests::listPage(m_context, kNumbersPath, start, kPageSize), &m_receiver,
                 [this, start](const ApiResult &result) {
                     const QJsonArray items =
                         result.json.object().value(QLatin1String("phoneNumbers")).toArray();
                     if (!result.ok) {
                         m_numbersRead.clear(); // unknown: the summary leaves externalNumbers empty
                         onPrelude();
                         return;
                     }
                     for (const QJsonValue &item : items) {
                         const QString number = item[QLatin1String("phoneNumber")].toString();
                         const PhoneNumberCheck check = PhoneNumbers::check(number, m_region);
                         m_numbersRead.insert(check.isValid() ? check.e164 : number);
                     }
                     // A page shorter than asked for ends the list; so does an empty one (a guard
                     // against a list that repeats its numbers).
                     if (items.size() < kPageSize || m_numbersRead.size() == qsizetype(start)) {
                         m_orgNumbers = std::exchange(m_numbersRead, {});
                         onPrelude();
                         return;
                     }
                     if (m_cancelled) {
                         onPrelude();
                         return;
                     }
                     readNumbers();
                 });
}

void StateExport::onPrelude()
{
    if (--m_preludeLeft > 0)
        return;
    if (m_cancelled) {
        finishIfDone();
        return;
    }
    if (m_listing) {
        requestPage();
        return;
    }
    QList<BulkTarget> targets;
    for (const Item &item : std::as_const(m_queue))
        targets.append(*item.target);
    m_resolver->prepare(m_context, targets);
    Q_EMIT progressChanged(m_progress);
    pump();
}

void StateExport::requestPage()
{
    m_pageInFlight = true;
    m_gate->send(ApiRequests::listPage(m_context, ApiRequests::workspacesPath(),
                                       m_pages * kPageSize, kPageSize),
                 &m_receiver, [this](const ApiResult &result) { onPage(result); });
}

void StateExport::onPage(const ApiResult &result)
{
    m_pageInFlight = false;
    if (!result.ok) {
        m_listing = false;
        m_progress.listingDone = true;
        if (!m_cancelled)
            m_listError = oneLine(LookupError::describe(result, tr("the workspaces"),
                                                        LookupError::workspacesScope()));
        Q_EMIT progressChanged(m_progress);
        pump();
        return;
    }
    ++m_pages;
    const QJsonArray items = result.json.object().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items)
        m_queue.append(Item{baseOf(item.toObject()), std::nullopt});
    m_progress.listed += int(items.size());
    if (items.size() < kPageSize || m_pages >= 10000) {
        m_listing = false;
        m_progress.listingDone = true;
    }
    Q_EMIT progressChanged(m_progress);
    pump();
}

WorkspaceState StateExport::baseOf(const QJsonObject &workspace) const
{
    WorkspaceState base;
    base.id = workspace.value(QLatin1String("id")).toString();
    base.displayName = workspace.value(QLatin1String("displayName")).toString();
    base.locationId = workspace.value(QLatin1String("locationId")).toString();
    base.locationName = m_locations->nameOf(base.locationId);
    const WorkspaceLicense license = m_licenses->stateOf(workspace);
    // Unknown: the licenses could not be read or matched; the service's answer decides.
    base.professional =
        license == WorkspaceLicense::Professional || license == WorkspaceLicense::Unknown;
    return base;
}

void StateExport::pump()
{
    const qint64 window = qint64(m_concurrency) * kWindowPerSlot;
    while (!m_cancelled && m_active < m_concurrency && !m_queue.isEmpty() &&
           m_nextSequence - m_handedOn < window) {
        startItem(m_nextSequence++, m_queue.takeFirst());
    }
    if (m_listing && !m_pageInFlight && !m_cancelled && m_queue.size() < kPageSize)
        requestPage();
    finishIfDone();
}

void StateExport::startItem(qint64 sequence, const Item &item)
{
    ++m_active;
    if (!item.target) {
        readItem(sequence, item.base);
        return;
    }
    m_resolver->resolve(m_context, *item.target,
                        [this, sequence, item](const QJsonObject &workspace, const QString &problem,
                                               const ApiResult &) {
                            if (workspace.isEmpty()) {
                                Outcome outcome;
                                outcome.state.id = item.target->workspaceId;
                                outcome.state.displayName = item.target->displayName;
                                outcome.error = problem;
                                done(sequence, outcome);
                                return;
                            }
                            readItem(sequence, baseOf(workspace));
                        });
}

void StateExport::readItem(qint64 sequence, const WorkspaceState &base)
{
    // There are as many readers as slots, and an item holds its slot from its start (a
    // target while it is looked up), so one is idle here.
    WorkspaceStateReader *reader = m_idleReaders.takeLast();
    connect(reader, &WorkspaceStateReader::finished, this,
            [this, reader, sequence](const WorkspaceState &state, const QString &error) {
                disconnect(reader, nullptr, this, nullptr);
                m_idleReaders.append(reader);
                done(sequence, Outcome{state, oneLine(error)});
            });
    reader->read(m_context, base);
}

void StateExport::done(qint64 sequence, const Outcome &outcome)
{
    --m_active;
    m_ready.insert(sequence, outcome);
    handOn();
    pump();
}

void StateExport::handOn()
{
    while (!m_ready.isEmpty() && m_ready.firstKey() == m_handedOn) {
        const Outcome outcome = m_ready.take(m_handedOn);
        ++m_handedOn;
        if (outcome.error.isEmpty()) {
            ++m_progress.read;
            Q_EMIT workspaceRead(outcome.state);
        } else {
            ++m_progress.failed;
            Q_EMIT workspaceFailed(outcome.state.id, outcome.state.displayName, outcome.error);
        }
        Q_EMIT progressChanged(m_progress);
    }
}

void StateExport::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    m_listing = false;
    m_gate->cancel();
    finishIfDone();
}

void StateExport::finishIfDone()
{
    if (m_finished || m_active > 0 || m_preludeLeft > 0 || m_pageInFlight)
        return;
    if (!m_cancelled && (m_listing || !m_queue.isEmpty()))
        return;
    m_finished = true;
    Q_EMIT finished(m_listError);
}

} // namespace seqring
