#include "app/signin/oauthreplyhandlers.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

namespace seqring
{

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
{
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenFailureOf(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

void RefreshReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    if (const auto failure = tokenFailureOf(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthOobReplyHandler::networkReplyFinished(reply);
}

QString Pkce::randomText(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomText(48); // 64 characters, within RFC 7636's 43 to 128
    pkce.challenge = challengeOf(pkce.verifier);
    return pkce;
}

QString Pkce::challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString formValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace seqring
