#include "app/signin/oauthreplyhandlers.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrl>

namespace seqring
{

namespace
{
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

// Qt NetworkAuth's own categories stay off whatever the rules say: Qt 6.4 logs a callback's
// whole URL (code and state) when it comes to a wrong path, and the authorization URL.
void withoutNetworkAuth(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.networkauth", 14) == 0) {
        for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(type, false);
    }
}
} // namespace

void silenceNetworkAuthLogs()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(&withoutNetworkAuth);
        return true;
    }();
    Q_UNUSED(installed);
}

LoopbackReplyHandler::LoopbackReplyHandler(quint16 port, QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, parent)
{
    silenceNetworkAuthLogs();
}

RefreshReplyHandler::RefreshReplyHandler(QObject *parent) : QOAuthOobReplyHandler(parent)
{
    silenceNetworkAuthLogs();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    Q_EMIT answered(reply, reply->peek(reply->bytesAvailable()));
    if (const auto failure = tokenFailureOf(reply)) {
        Q_EMIT tokenRequestFailed(*failure);
        return;
    }
    QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
}

void RefreshReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    Q_EMIT answered(reply, reply->peek(reply->bytesAvailable()));
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
