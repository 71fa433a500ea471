#include "app/program/syncprogress.h"

#include "app/bulk/syncrun.h"
#include "app/program/syncsubcommand.h"

#include <QTextStream>

namespace seqring
{

namespace
{
// Clears a terminal's line before it is written again.
constexpr const char *kClearLine = "\r\033[K";
} // namespace

SyncProgress::SyncProgress(SyncRun *run, QTextStream *err, bool terminal, bool dryRun)
    : m_run(run), m_err(err), m_terminal(terminal), m_dryRun(dryRun)
{
    m_countdown.setInterval(1000);
    QObject::connect(&m_countdown, &QTimer::timeout, &m_countdown, [this] {
        m_waitSeconds = qMax(0, m_waitSeconds - 1);
        if (m_waitSeconds == 0)
            m_countdown.stop();
        draw();
    });
    QObject::connect(run, &SyncRun::paused, &m_countdown,
                     [this](int seconds) { onPaused(seconds); });
    QObject::connect(run, &SyncRun::workspaceFinished, &m_countdown,
                     [this](const SyncOutcome &outcome, int done, int total) {
                         onWorkspace(outcome, done, total);
                     });
}

void SyncProgress::finish()
{
    m_countdown.stop();
    if (m_terminal)
        *m_err << Qt::endl; // below the live line
}

void SyncProgress::onPaused(int seconds)
{
    if (!m_terminal) {
        *m_err << SyncSubcommand::tr("Rate limited: every request waits %1 s.").arg(seconds)
               << Qt::endl;
        return;
    }
    m_waitSeconds = seconds;
    m_countdown.start(); // counts from now
    draw();
}

void SyncProgress::onWorkspace(const SyncOutcome &outcome, int done, int total)
{
    m_writes += writesOf(outcome, m_dryRun);
    if (!m_terminal) {
        *m_err << workspaceLine(outcome, done, total, m_dryRun) << Qt::endl;
        if (completesTenth(done, total))
            *m_err << progressLine(m_run->progress(), m_writes, m_dryRun) << Qt::endl;
        return;
    }
    if (outcome.failed)
        *m_err << kClearLine << workspaceLine(outcome, done, total, m_dryRun) << Qt::endl;
    draw();
}

void SyncProgress::draw()
{
    if (m_terminal)
        *m_err << kClearLine << liveLine(m_run->progress(), m_writes, m_waitSeconds, m_dryRun)
               << Qt::flush;
}

QString SyncProgress::counts(const BulkProgress &progress, int writes, bool dryRun)
{
    const int done = progress.total - progress.remaining;
    const QString workspaces =
        (dryRun ? SyncSubcommand::tr("%1/%2 · %3 would match, %4 failed, %5 would not match")
                : SyncSubcommand::tr("%1/%2 · %3 match, %4 failed, %5 not matching"))
            .arg(done)
            .arg(progress.total)
            .arg(progress.created)
            .arg(progress.failed)
            .arg(progress.skipped);
    return workspaces + QStringLiteral(" · ") +
           (dryRun ? SyncSubcommand::tr("%n writes to send", nullptr, writes)
                   : SyncSubcommand::tr("%n writes done", nullptr, writes));
}

QString SyncProgress::liveLine(const BulkProgress &progress, int writes, int waitSeconds,
                               bool dryRun)
{
    QString line = progress.bar() + QLatin1Char(' ') + counts(progress, writes, dryRun);
    if (waitSeconds > 0)
        line += QStringLiteral(" · ") +
                SyncSubcommand::tr("rate limited: every request waits %n s", nullptr, waitSeconds);
    return line + progress.paceText();
}

QString SyncProgress::progressLine(const BulkProgress &progress, int writes, bool dryRun)
{
    return SyncSubcommand::tr("progress:") + QLatin1Char(' ') + counts(progress, writes, dryRun) +
           progress.paceText();
}

QString SyncProgress::workspaceLine(const SyncOutcome &outcome, int done, int total, bool dryRun)
{
    const QString state = outcome.failed    ? SyncSubcommand::tr("failed")
                          : dryRun          ? (outcome.matched ? SyncSubcommand::tr("would match")
                                                               : SyncSubcommand::tr("would not match"))
                          : outcome.matched ? SyncSubcommand::tr("matches")
                                            : SyncSubcommand::tr("does not match");
    return QStringLiteral("[%1/%2] ").arg(done).arg(total) + state + QLatin1Char(' ') +
           (outcome.displayName.isEmpty() ? outcome.workspaceId : outcome.displayName) +
           QStringLiteral(": ") + outcome.summary;
}

int SyncProgress::writesOf(const SyncOutcome &outcome, bool dryRun)
{
    if (outcome.fromJournal)
        return 0;
    const SyncResult counted = dryRun ? SyncResult::WouldDo : SyncResult::Done;
    int writes = 0;
    for (const SyncReportRow &row : outcome.rows)
        writes += row.result == counted && row.action != SyncAction::Kind::InSync ? 1 : 0;
    return writes;
}

bool SyncProgress::completesTenth(int done, int total)
{
    return total > 0 && done > 0 && done * 10 / total > (done - 1) * 10 / total;
}

} // namespace seqring
