#pragma once

#include <QString>
#include <QVariantMap>

namespace seqring
{

// What the browser's answer on the redirect of a sign-in says, checked before the flow sees
// its code: the query's items as Qt NetworkAuth's reply handler passes them on, and a verdict.
struct OAuthCallback {
    enum class Verdict {
        Accepted,      // the state matches and a code is there
        Denied,        // error=access_denied: the administrator pressed Deny
        Refused,       // another error= from the service (`error`, `description`)
        StateMismatch, // not the answer to this sign-in
        NoCode,        // the state matches, but there is no code
    };

    Verdict verdict = Verdict::NoCode;
    QString code;
    QString error;
    QString description;

    // The items of a redirect's query (the part after '?') as Qt 6.4's
    // QOAuthHttpServerReplyHandler maps them: decoded, a repeated key keeping its last value.
    static QVariantMap itemsOf(const QString &query);
    // Checks `items` against the `state` this sign-in sent. An answer with an error= is
    // refused whatever its state; one without is used only when its state is `state`
    // exactly and `state` is not empty.
    static OAuthCallback check(const QVariantMap &items, const QString &state);
};

} // namespace seqring
