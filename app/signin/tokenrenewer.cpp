#include "app/signin/tokenrenewer.h"

#include "app/client/requestlog.h"
#include "app/signin/oauthreplyhandlers.h"
#include "app/signin/tokenprovider.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QTimer>
#include <memory>

namespace seqring
{

TokenRenewer::TokenRenewer(QNetworkAccessManager *manager, TokenProvider *tokens, QObject *parent)
    : QObject(parent), m_manager(manager), m_tokens(tokens)
{
    // A token set by anything but a renewal (a sign-out, a new sign-in, a typed token) ends
    // the sign-in whose renewed tokens are remembered: none of them stands for the new one.
    connect(tokens, &TokenProvider::changed, this, [this] {
        if (!m_applyingRenewal)
            m_replaced.clear();
    });
}

TokenRenewer::~TokenRenewer() = default;

bool TokenRenewer::wantsRefresh(const QString &token) const
{
    if (m_tokens->source() != TokenProvider::Source::SignedIn || token != m_tokens->token())
        return false;
    const OAuthTokens tokens = m_tokens->signedInTokens();
    return tokens.canRefresh() && tokens.secondsLeft() < kRenewBeforeSeconds;
}

namespace
{
QByteArray fingerprint(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

QString TokenRenewer::currentToken(const QString &token) const
{
    if (m_tokens->source() != TokenProvider::Source::SignedIn || token == m_tokens->token() ||
        !m_replaced.contains(fingerprint(token)))
        return token;
    return m_tokens->token();
}

void TokenRenewer::refresh(const QString &token, QObject *context,
                           std::function<void(const QString &)> done)
{
    Waiter waiter{context, std::move(done)};
    if (m_tokens->source() != TokenProvider::Source::SignedIn) {
        answer(waiter, QString());
        return;
    }
    if (token != m_tokens->token() && !m_flow) {
        // Renewed meanwhile: send the current one; a token of another sign-in: none.
        answer(waiter, m_replaced.contains(fingerprint(token)) ? m_tokens->token() : QString());
        return;
    }
    m_waiting.append(waiter);
    if (!m_flow)
        startRenewal();
}

void TokenRenewer::answer(Waiter waiter, const QString &token)
{
    QObject *context = waiter.context ? waiter.context.data() : this;
    QTimer::singleShot(0, context, [waiter, token] {
        if (waiter.context)
            waiter.done(token);
    });
}

void TokenRenewer::startRenewal()
{
    const OAuthTokens current = m_tokens->signedInTokens();
    if (!current.canRefresh()) {
        m_tokens->signOut(tr("The sign-in with Webex has expired. Sign in again."));
        finishRenewal(QString());
        return;
    }
    auto *flow = new QOAuth2AuthorizationCodeFlow(
        m_tokens->clientId(), QUrl(), QUrl(m_tokens->apiRoot() + QStringLiteral("/access_token")),
        m_manager, this);
    auto *handler = new RefreshReplyHandler(flow);
    flow->setReplyHandler(handler);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    // The form as sent (Qt does not keep it), for the log; its secrets are redacted there.
    auto form = std::make_shared<QByteArray>();
    connect(handler, &RefreshReplyHandler::answered, this,
            [this, form, started](QNetworkReply *reply, const QByteArray &body) {
                if (m_log)
                    m_log->recordReply(reply, *form, body, started);
            });
    flow->setRefreshToken(current.refreshToken);
    const QString secret = m_tokens->clientSecret();
    // Qt 6.4 puts the refresh token and the secret into the form raw, and a redirect_uri
    // the refresh grant does not take.
    flow->setModifyParametersFunction(
        [secret, current, form](QAbstractOAuth::Stage stage,
                                QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RefreshingAccessToken)
                return;
            parameters->remove(QStringLiteral("redirect_uri"));
            parameters->replace(QStringLiteral("refresh_token"), formValue(current.refreshToken));
            parameters->replace(QStringLiteral("client_secret"), formValue(secret));
            QStringList pairs;
            for (auto it = parameters->cbegin(); it != parameters->cend(); ++it)
                pairs.append(it.key() + QLatin1Char('=') + it.value().toString());
            *form = pairs.join(QLatin1Char('&')).toUtf8();
        });
    connect(flow, &QAbstractOAuth::statusChanged, this,
            [this, flow, current](QAbstractOAuth::Status status) {
                if (status != QAbstractOAuth::Status::Granted || flow != m_flow)
                    return;
                OAuthTokens fresh = current;
                fresh.accessToken = flow->token();
                fresh.refreshToken = flow->refreshToken();
                fresh.expiresAt = flow->expirationAt().toUTC();
                bool ok = false;
                const qint64 refreshLife = flow->extraTokens()
                                               .value(QStringLiteral("refresh_token_expires_in"))
                                               .toLongLong(&ok);
                if (ok && refreshLife > 0)
                    fresh.refreshExpiresAt = QDateTime::currentDateTimeUtc().addSecs(refreshLife);
                m_replaced.insert(fingerprint(current.accessToken));
                m_applyingRenewal = true;
                m_tokens->updateSignedIn(fresh);
                m_applyingRenewal = false;
                Q_EMIT renewed();
                finishRenewal(fresh.accessToken);
            });
    connect(handler, &RefreshReplyHandler::tokenRequestFailed, this,
            [this, flow](const TokenFailure &failure) {
                if (flow != m_flow)
                    return;
                if (failure.error == QLatin1String("invalid_grant") ||
                    failure.error == QLatin1String("invalid_client"))
                    m_tokens->signOut(failure.message());
                Q_EMIT renewalFailed(failure.message());
                finishRenewal(QString());
            });
    QTimer::singleShot(kTimeoutMs, flow, [this, flow] {
        if (flow != m_flow)
            return;
        Q_EMIT renewalFailed(tr("The Webex token service did not answer within %n second(s).",
                                nullptr, kTimeoutMs / 1000));
        finishRenewal(QString());
    });
    m_flow = flow;
    flow->refreshAccessToken();
}

void TokenRenewer::finishRenewal(const QString &token)
{
    if (m_flow)
        m_flow->deleteLater();
    m_flow = nullptr;
    const QList<Waiter> waiting = std::exchange(m_waiting, {});
    for (const Waiter &waiter : waiting)
        answer(waiter, token);
}

} // namespace seqring
