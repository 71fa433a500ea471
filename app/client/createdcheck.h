#pragma once

#include "app/client/httprequest.h"
#include "app/client/sequentialringreader.h"
#include "models/criteria.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace seqring
{

class ApiClient;

// After a create failed ambiguously (timeout, 5xx, dropped connection), finds out whether
// the criteria exists now: re-reads the workspace's list, keeps the criteria that were not
// there before and match by schedule name, source and ringEnabled, then reads each
// candidate and compares the whole criteria.
class CreatedCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Created, NotCreated, Failed };
    Q_ENUM(Outcome)

    explicit CreatedCheck(ApiClient *client, QObject *parent = nullptr);

    // sent: the criteria of the failed create; knownBefore: IDs listed before it (they are
    // not candidates; empty when the list was not read).
    void start(const RequestContext &context, const Criteria &sent,
               const QStringList &knownBefore = {});
    // Before start(): the reads go through `sender` (a bulk run's gate).
    void setSender(RequestSender sender) { m_reader->setSender(std::move(sender)); }
    // A check of its own, its reads through `sender`: `done` is told once (while `parent`
    // lives) and the check deletes itself.
    using Done = std::function<void(Outcome, const QString &criteriaId, const QString &message)>;
    static void once(ApiClient *client, RequestSender sender, const RequestContext &context,
                     const Criteria &sent, const QStringList &knownBefore, QObject *parent,
                     Done done);
    void cancel();
    bool isBusy() const { return m_busy; }

    // The list entry could be the sent criteria.
    static bool summaryMatches(const CriteriaSummary &summary, const Criteria &sent);
    // The criteria read back is the one sent (numbers compared by their digits).
    static bool sameCriteria(const Criteria &read, const Criteria &sent);

Q_SIGNALS:
    // criteriaId: the one found (Created); message: one sentence for the administrator.
    void finished(seqring::CreatedCheck::Outcome outcome, const QString &criteriaId,
                  const QString &message);

private:
    void onList(const QString &workspaceId, const SequentialRingSettings &settings);
    void checkNext();
    void finish(Outcome outcome, const QString &id, const QString &message);

    SequentialRingReader *m_reader;
    RequestContext m_context;
    Criteria m_sent;
    QStringList m_before;
    QStringList m_candidates;
    QString m_current;
    bool m_busy = false;
};

} // namespace seqring
