#include "app/client/retryafter.h"

#include <QLocale>
#include <QString>
#include <algorithm>

namespace seqring
{

namespace
{

int clampSeconds(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, RetryAfter::kMinSeconds, RetryAfter::kMaxSeconds));
}

// An HTTP date: IMF-fixdate first (what RFC 7231 says senders must use), then the
// RFC 2822 forms Qt reads (numeric zone, asctime).
QDateTime httpDate(const QString &text)
{
    static const QString imfFixdate = QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
    QDateTime date = QLocale::c().toDateTime(text, imfFixdate);
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC);
        return date;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

} // namespace

int RetryAfter::seconds(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return kDefaultSeconds;

    // delta-seconds: digits only, optionally signed (a negative value is a server bug).
    bool isNumber = false;
    const qlonglong number = text.toLongLong(&isNumber);
    if (isNumber)
        return clampSeconds(number);
    if (text.size() > 16 &&
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return kMaxSeconds; // too large for a qlonglong: certainly more than the cap

    const QDateTime date = httpDate(text);
    if (date.isValid())
        return clampSeconds(now.secsTo(date));

    return kDefaultSeconds;
}

} // namespace seqring
