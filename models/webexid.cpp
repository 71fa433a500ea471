#include "models/webexid.h"

#include <QByteArray>
#include <QStringList>

namespace seqring
{

namespace
{

// The bytes of a base64 text in either alphabet, padded or not; empty when it is not one.
QByteArray decodeBase64(const QByteArray &text)
{
    for (const auto alphabet : {QByteArray::Base64UrlEncoding, QByteArray::Base64Encoding}) {
        const auto result = QByteArray::fromBase64Encoding(
            text, alphabet | QByteArray::AbortOnBase64DecodingErrors);
        if (result)
            return *result;
    }
    return {};
}

} // namespace

std::optional<WebexId> WebexId::parse(const QString &id)
{
    static const QByteArray scheme("ciscospark://");
    const QByteArray text = id.trimmed().toLatin1();
    if (text.isEmpty() || text.size() > 1024)
        return std::nullopt;
    const QByteArray uri = decodeBase64(text);
    if (!uri.startsWith(scheme))
        return std::nullopt;
    const QStringList parts =
        QString::fromUtf8(uri.mid(scheme.size())).split(QLatin1Char('/'), Qt::KeepEmptyParts);
    if (parts.size() < 2 || parts.last().isEmpty() || parts.at(parts.size() - 2).isEmpty())
        return std::nullopt;
    WebexId decoded;
    decoded.uuid = parts.last().toLower();
    decoded.type = parts.at(parts.size() - 2).toUpper();
    // The plural form of a type names the same things (PLACES and PLACE).
    if (decoded.type.size() > 1 && decoded.type.endsWith(QLatin1Char('S')))
        decoded.type.chop(1);
    decoded.region = parts.mid(0, parts.size() - 2).join(QLatin1Char('/'));
    return decoded;
}

bool WebexId::same(const QString &a, const QString &b)
{
    return key(a) == key(b);
}

QString WebexId::key(const QString &id)
{
    const auto decoded = parse(id);
    if (!decoded)
        return id.trimmed();
    return decoded->type + QLatin1Char('/') + decoded->uuid;
}

} // namespace seqring
