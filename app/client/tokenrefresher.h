#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace seqring
{

// What the client asks of whoever owns a renewable access token (sign-in): whether to renew
// the token before a request, and a new token after a 401. The client calls it; app/
// implements it; it must outlive the ApiClient it is given to.
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;

    // True when `token` is the current signed-in token and it should be renewed before a
    // request is sent (fewer than 5 minutes left).
    virtual bool wantsRefresh(const QString &token) const = 0;
    // The token to send in place of `token`: the current signed-in token when `token` is one
    // it has since renewed (a request built before the renewal, e.g. by a bulk run that
    // keeps its context), else `token` itself.
    virtual QString currentToken(const QString &token) const = 0;
    // Renews `token` (one renewal shared by every caller) and calls `done` once, from the
    // event loop, with the token to send instead; an empty string when there is none (not
    // signed in, or the renewal failed). `done` is not called once `context` is destroyed.
    virtual void refresh(const QString &token, QObject *context,
                         std::function<void(const QString &newToken)> done) = 0;
};

} // namespace seqring
