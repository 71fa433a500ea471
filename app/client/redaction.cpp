#include "app/client/redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace seqring
{

namespace
{

// The credential names, as one alternation for the patterns below.
const QString kSecretKeys =
    QStringLiteral("access_token|refresh_token|id_token|client_secret|code_verifier|code|password");

} // namespace

const QString &Redaction::marker()
{
    static const QString redacted = QStringLiteral("[redacted]");
    return redacted;
}

bool Redaction::isSecretHeader(const QByteArray &name)
{
    for (const char *secret : {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"}) {
        if (name.trimmed().compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Redaction::isSecretKey(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("^(%1)$").arg(kSecretKeys),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key.trimmed()).hasMatch();
}

bool Redaction::mayHoldSecret(const QString &text)
{
    // Every pattern in text() needs one of these words: a credential header's name,
    // "bearer", or a secret key (each holds token, secret, code or password). One scan for
    // all of them costs less than the four patterns' scans.
    static const QRegularExpression words(
        QStringLiteral("authorization|cookie|bearer|token|secret|code|password"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

QString Redaction::text(const QString &text, const QByteArray &token)
{
    QString result = text;
    if (token.size() >= 4)
        result.replace(QString::fromLatin1(token), marker());
    if (!mayHoldSecret(result))
        return result; // most headers and bodies: the patterns below cannot match

    // A credential header written out as a line ("Authorization: Basic …").
    static const QRegularExpression header(
        QStringLiteral("^(\\s*(?:proxy-)?authorization|\\s*(?:set-)?cookie)\\s*:[^\\n]*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    result.replace(header, QStringLiteral("\\1: ") + marker());
    static const QRegularExpression bearer(QStringLiteral("\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    result.replace(bearer, QStringLiteral("\\1 ") + marker());
    // "refresh_token": "…" in JSON, escaped quotes included.
    static const QRegularExpression json(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"").arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(json, QStringLiteral("\\1\"") + marker() + QLatin1Char('"'));
    // code=…&code_verifier=… in a query or a form body; "code" alone only as a whole key.
    static const QRegularExpression form(
        QStringLiteral("(^|[?&\\s;,])(%1)=[^&\\s\"';,]*").arg(kSecretKeys),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(form, QStringLiteral("\\1\\2=") + marker());
    return result;
}

QUrl Redaction::url(const QUrl &url)
{
    if (!url.hasQuery())
        return url;
    QUrlQuery query(url);
    QUrlQuery redacted;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items)
        redacted.addQueryItem(
            item.first,
            isSecretKey(QUrl::fromPercentEncoding(item.first.toUtf8())) ? marker() : item.second);
    QUrl result = url;
    result.setQuery(redacted);
    return result;
}

QList<QPair<QString, QString>>
Redaction::headers(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token)
{
    QList<QPair<QString, QString>> result;
    result.reserve(headers.size());
    for (const auto &header : headers) {
        const QString name = QString::fromLatin1(header.first);
        result.append({name, isSecretHeader(header.first)
                                 ? marker()
                                 : text(QString::fromLatin1(header.second), token)});
    }
    return result;
}

} // namespace seqring
