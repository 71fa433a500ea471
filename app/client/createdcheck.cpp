#include "app/client/createdcheck.h"

#include "app/client/apijob.h"

namespace seqring
{

namespace
{
QString digits(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit() || c == QLatin1Char('+'))
            out.append(c);
    }
    return out;
}
} // namespace

CreatedCheck::CreatedCheck(ApiClient *client, QObject *parent)
    : QObject(parent), m_reader(new SequentialRingReader(client, this))
{
    connect(m_reader, &SequentialRingReader::settingsRead, this, &CreatedCheck::onList);
    connect(m_reader, &SequentialRingReader::criteriaRead, this,
            [this](const QString &id, const Criteria &criteria) {
                if (!m_busy || id != m_current)
                    return;
                if (sameCriteria(criteria, m_sent)) {
                    finish(Outcome::Created, id,
                           tr("The criteria was created after all (ID %1). Do not create it "
                              "again.")
                               .arg(id));
                    return;
                }
                checkNext();
            });
    connect(
        m_reader, &SequentialRingReader::failed, this,
        [this](const QString &message, const ApiResult &) {
            if (m_busy)
                finish(
                    Outcome::Failed, QString(),
                    tr("Whether the criteria was created could not be checked: %1").arg(message));
        });
}

bool CreatedCheck::summaryMatches(const CriteriaSummary &summary, const Criteria &sent)
{
    const QString name = sent.schedule ? sent.schedule->name.trimmed() : QString();
    return summary.scheduleName.trimmed() == name &&
           summary.allNumbers == (sent.callsFrom == CallsFrom::AnyPhoneNumber) &&
           summary.ringEnabled == sent.ringEnabled;
}

bool CreatedCheck::sameCriteria(const Criteria &read, const Criteria &sent)
{
    if (read.callsFrom != sent.callsFrom || read.ringEnabled != sent.ringEnabled)
        return false;
    const QString readName = read.schedule ? read.schedule->name.trimmed() : QString();
    const QString sentName = sent.schedule ? sent.schedule->name.trimmed() : QString();
    if (readName != sentName)
        return false;
    if (read.schedule && sent.schedule && read.schedule->type && sent.schedule->type &&
        read.schedule->type != sent.schedule->type)
        return false;
    if (sent.callsFrom == CallsFrom::AnyPhoneNumber)
        return true; // the caller options and numbers are not used then
    if (read.anonymousCallersEnabled != sent.anonymousCallersEnabled ||
        read.unavailableCallersEnabled != sent.unavailableCallersEnabled)
        return false;
    QStringList a, b;
    for (const QString &n : read.phoneNumbers)
        a.append(digits(n));
    for (const QString &n : sent.phoneNumbers)
        b.append(digits(n));
    a.sort();
    b.sort();
    return a == b;
}

void CreatedCheck::once(ApiClient *client, RequestSender sender, const RequestContext &context,
                        const Criteria &sent, const QStringList &knownBefore, QObject *parent,
                        Done done)
{
    auto *check = new CreatedCheck(client, parent);
    check->setSender(std::move(sender));
    connect(check, &CreatedCheck::finished, parent,
            [check, done](Outcome outcome, const QString &id, const QString &message) {
                check->deleteLater();
                done(outcome, id, message);
            });
    check->start(context, sent, knownBefore);
}

void CreatedCheck::start(const RequestContext &context, const Criteria &sent,
                         const QStringList &knownBefore)
{
    m_context = context;
    m_sent = sent;
    m_before = knownBefore;
    m_candidates.clear();
    m_current.clear();
    m_busy = true;
    m_reader->read(context);
}

void CreatedCheck::cancel()
{
    if (!m_busy)
        return;
    m_busy = false;
    m_reader->cancel();
    Q_EMIT finished(Outcome::Failed, QString(), tr("The check was cancelled."));
}

void CreatedCheck::onList(const QString &, const SequentialRingSettings &settings)
{
    if (!m_busy)
        return;
    for (const CriteriaSummary &summary : settings.criteria) {
        if (!m_before.contains(summary.id) && summaryMatches(summary, m_sent))
            m_candidates.append(summary.id);
    }
    checkNext();
}

void CreatedCheck::checkNext()
{
    if (m_candidates.isEmpty()) {
        finish(Outcome::NotCreated, QString(),
               tr("The criteria was not created: the workspace has no criteria like it. You can "
                  "create it again."));
        return;
    }
    m_current = m_candidates.takeFirst();
    m_reader->readCriteria(m_context, m_current);
}

void CreatedCheck::finish(Outcome outcome, const QString &id, const QString &message)
{
    m_busy = false;
    Q_EMIT finished(outcome, id, message);
}

} // namespace seqring
