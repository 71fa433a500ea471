#pragma once

#include "app/signin/oauthtokens.h"

#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>

namespace seqring
{

// The redirect listener of a sign-in: Qt NetworkAuth's HTTP reply handler bound to
// 127.0.0.1 only (never the port-only constructor or listen()'s default, which bind every
// address in Qt 6.4), and a token answer that is not a 2xx reported as a TokenFailure
// (Qt 6.4 only logs it).
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    LoopbackReplyHandler(quint16 port, QObject *parent = nullptr);
    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const seqring::TokenFailure &failure);
    // The token service's answer; `body` as read (peeked: the reply is read after this).
    void answered(QNetworkReply *reply, const QByteArray &body);
};

// The reply handler of a token refresh: no listener; failures reported as above. Each
// answer is announced first (answered), for the request log.
class RefreshReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT
public:
    explicit RefreshReplyHandler(QObject *parent = nullptr);
    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const seqring::TokenFailure &failure);
    // The token service's answer; `body` as read (peeked: the reply is read after this).
    void answered(QNetworkReply *reply, const QByteArray &body);
};

// PKCE (RFC 7636) with S256: a verifier of 64 characters from QRandomGenerator::system()
// and its challenge BASE64URL(SHA-256(verifier)) without padding.
struct Pkce {
    QString verifier;
    QString challenge;
    static Pkce generate();
    static QString challengeOf(const QString &verifier);
    // `bytes` random bytes from the system generator as base64url without padding.
    static QString randomText(int bytes);
};

// Keeps Qt NetworkAuth's logging categories (qt.networkauth.*) off for good, whatever the
// logging rules (QT_LOGGING_RULES included) turn on: Qt 6.4 logs a callback's whole URL,
// code and state included, when it comes to a wrong path. Installed once; the handlers call
// it.
void silenceNetworkAuthLogs();

// Values of a token request's form: percent-encoded, since Qt 6.4 puts some in raw (a '+'
// or '&' in a secret or refresh token would change it).
QString formValue(const QString &value);

} // namespace seqring
