#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace seqring
{

// The one redaction of secrets in what is shown, kept or exported: Authorization and
// cookie headers, bearer tokens, access and refresh tokens, client secrets, OAuth codes
// and verifiers, in JSON, form bodies, URL queries and free text. Pure functions.
class Redaction
{
public:
    // What a secret becomes.
    static const QString &marker();
    // Headers whose value is a credential (Authorization, Proxy-Authorization, Cookie,
    // Set-Cookie), compared without case.
    static bool isSecretHeader(const QByteArray &name);
    // Query and form keys and JSON members whose value is a credential (access_token,
    // refresh_token, id_token, client_secret, code, code_verifier, password), without case.
    static bool isSecretKey(const QString &key);
    // False when no pattern of text() can match: none of the words a credential header,
    // a bearer value or a secret key is written with appears, in any case.
    static bool mayHoldSecret(const QString &text);

    // `text` with every secret above replaced by the marker, and `token` (the request's
    // own bearer token, when at least 4 characters long) wherever it appears.
    static QString text(const QString &text, const QByteArray &token = {});
    // `url` with the values of secret query items replaced.
    static QUrl url(const QUrl &url);
    // Headers as text pairs, secret values replaced, `token` removed from the others.
    static QList<QPair<QString, QString>>
    headers(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token = {});
};

} // namespace seqring
