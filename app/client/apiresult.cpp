#include "app/client/apiresult.h"

namespace seqring
{

QString ApiError::text() const
{
    QStringList parts;
    if (!statusMeaning.isEmpty())
        parts << statusMeaning;
    if (!problem.isEmpty())
        parts << problem;
    if (!serverMessage.isEmpty())
        parts << tr("Webex says: %1").arg(serverMessage);
    for (const QString &description : descriptions) {
        if (description != serverMessage)
            parts << tr("Details: %1").arg(description);
    }
    QStringList codes;
    if (topLevelErrorCode)
        codes << QString::number(*topLevelErrorCode);
    for (qint64 code : errorCodes) {
        const QString text = QString::number(code);
        if (!codes.contains(text))
            codes << text;
    }
    if (!codes.isEmpty())
        parts << tr("Error code: %1.").arg(codes.join(QStringLiteral(", ")));
    if (retryAfterSeconds >= 0)
        parts << tr("Webex asks to wait %n second(s) before trying again.", nullptr,
                    retryAfterSeconds);
    if (ambiguous && !ambiguityNote.isEmpty())
        parts << ambiguityNote;
    if (!trackingId.isEmpty())
        parts << tr("Tracking ID for Webex support: %1").arg(trackingId);
    return parts.join(QLatin1Char('\n'));
}

QString ApiResult::summary() const
{
    if (!ok)
        return error.text();
    if (!createdId.isEmpty())
        return tr("%1 New ID: %2").arg(statusMeaning, createdId);
    return statusMeaning;
}

} // namespace seqring
