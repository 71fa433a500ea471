#pragma once

#include "app/client/tokenrefresher.h"
#include "app/signin/oauthtokens.h"

#include <QList>
#include <QOAuth2AuthorizationCodeFlow>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class QNetworkAccessManager;

namespace seqring
{

class RequestLog;
class TokenProvider;

// Renews the signed-in access token with its refresh token (grant_type=refresh_token
// through QOAuth2AuthorizationCodeFlow::refreshAccessToken) for the client: before a
// request when fewer than 5 minutes remain, and after a 401. One renewal at a time, shared
// by every request waiting on it. invalid_grant or invalid_client signs out (with the
// reason); a network failure keeps the sign-in.
class TokenRenewer : public QObject, public TokenRefresher
{
    Q_OBJECT
public:
    static constexpr qint64 kRenewBeforeSeconds = 5 * 60;
    static constexpr int kTimeoutMs = 30000;

    TokenRenewer(QNetworkAccessManager *manager, TokenProvider *tokens, QObject *parent = nullptr);
    ~TokenRenewer() override;

    bool wantsRefresh(const QString &token) const override;
    QString currentToken(const QString &token) const override;
    void refresh(const QString &token, QObject *context,
                 std::function<void(const QString &newToken)> done) override;
    bool isRenewing() const { return m_flow != nullptr; }
    // Each token request goes into `log` from now on, redacted as the client's own (Qt
    // NetworkAuth sends it around the client). Not owned; null: none.
    void setRequestLog(RequestLog *log) { m_log = log; }

Q_SIGNALS:
    void renewed();
    void renewalFailed(const QString &message);

private:
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const QString &)> done;
    };
    void startRenewal();
    void finishRenewal(const QString &token);
    void answer(Waiter waiter, const QString &token);

    QNetworkAccessManager *m_manager;
    TokenProvider *m_tokens;
    RequestLog *m_log = nullptr;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QList<Waiter> m_waiting;
    // SHA-256 of each access token renewed away since the sign-in (never the tokens).
    QSet<QByteArray> m_replaced;
    bool m_applyingRenewal = false; // the token changes because this renewed it
};

} // namespace seqring
