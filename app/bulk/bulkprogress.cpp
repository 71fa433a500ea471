#include "app/bulk/bulkprogress.h"

namespace seqring
{

BulkProgress BulkProgress::of(const QList<BulkOutcome> &outcomes, int total, qint64 runningMs)
{
    BulkProgress progress;
    progress.total = total;
    for (const BulkOutcome &outcome : outcomes) {
        switch (outcome.result) {
        case BulkOutcome::Result::Created:
        case BulkOutcome::Result::WouldCreate:
            ++progress.created;
            break;
        case BulkOutcome::Result::Skipped:
            ++progress.skipped;
            break;
        case BulkOutcome::Result::Failed:
            ++progress.failed;
            break;
        }
    }
    progress.setRunning(runningMs);
    return progress;
}

void BulkProgress::setRunning(qint64 runningMs)
{
    const int finished = created + failed + skipped;
    remaining = total - finished;
    if (finished > 0 && runningMs > 0) {
        perMinute = finished * 60000.0 / double(runningMs);
        etaSeconds = int(remaining * (double(runningMs) / finished) / 1000.0);
    }
}

QString BulkProgress::paceText() const
{
    QString text;
    if (perMinute > 0)
        text += QStringLiteral(" · ") + tr("%1 per minute").arg(QString::number(perMinute, 'f', 1));
    if (etaSeconds >= 0 && remaining > 0)
        text += QStringLiteral(" · ") + tr("about %n s left", nullptr, etaSeconds);
    return text;
}

QString BulkProgress::barOf(int done, int total, int width)
{
    const int filled = total > 0 ? qBound(0, width * done / total, width) : total == 0 ? width : 0;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) +
           QString(width - filled, QLatin1Char('-')) + QLatin1Char(']');
}

} // namespace seqring
