#include "app/signin/oauthcallback.h"

#include <QUrlQuery>

namespace seqring
{

QVariantMap OAuthCallback::itemsOf(const QString &query)
{
    QVariantMap items;
    const QList<QPair<QString, QString>> pairs = QUrlQuery(query).queryItems();
    for (const auto &[key, value] : pairs)
        items.insert(key, value);
    return items;
}

OAuthCallback OAuthCallback::check(const QVariantMap &items, const QString &state)
{
    OAuthCallback callback;
    callback.error = items.value(QStringLiteral("error")).toString();
    callback.description = items.value(QStringLiteral("error_description")).toString();
    if (callback.error == QLatin1String("access_denied")) {
        callback.verdict = Verdict::Denied;
    } else if (!callback.error.isEmpty()) {
        callback.verdict = Verdict::Refused;
    } else if (state.isEmpty() || items.value(QStringLiteral("state")).toString() != state) {
        callback.verdict = Verdict::StateMismatch;
    } else {
        callback.code = items.value(QStringLiteral("code")).toString();
        callback.verdict = callback.code.isEmpty() ? Verdict::NoCode : Verdict::Accepted;
    }
    return callback;
}

} // namespace seqring
