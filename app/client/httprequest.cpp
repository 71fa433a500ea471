#include "app/client/httprequest.h"

#include <QStringList>

namespace seqring
{

namespace
{
const QByteArray kAuthorization("Authorization");
const QString kTokenVariable = QStringLiteral("WEBEX_ACCESS_TOKEN");
} // namespace

QByteArray HttpRequestSpec::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RequestText::maskToken(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return tr("(no token)");
    if (t.size() < 16)
        return QString(t.size(), QChar(0x2022));
    return t.left(4) + QString(8, QChar(0x2022)) + t.right(4);
}

QString RequestText::renderPreview(const HttpRequestSpec &request, bool revealToken)
{
    QString out = QString::fromLatin1(request.method) + QLatin1Char(' ') +
                  request.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    for (const auto &[name, value] : request.headers) {
        QString shown = QString::fromUtf8(value);
        if (!revealToken && name.compare(kAuthorization, Qt::CaseInsensitive) == 0)
            shown = QStringLiteral("Bearer ") + maskToken(shown.mid(7));
        out += QString::fromLatin1(name) + QStringLiteral(": ") + shown + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + QString::fromUtf8(request.body);
    return out;
}

QString RequestText::shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RequestText::toCurl(const HttpRequestSpec &request, bool revealToken)
{
    QStringList words = {QStringLiteral("curl"), QStringLiteral("--fail-with-body"),
                         QStringLiteral("-X"), QString::fromLatin1(request.method),
                         shellQuote(request.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : request.headers) {
        QString header;
        if (!revealToken && name.compare(kAuthorization, Qt::CaseInsensitive) == 0) {
            // Double quotes so the shell expands the variable; nothing else is inside them.
            header = QStringLiteral("\"Authorization: Bearer ${") + kTokenVariable +
                     QStringLiteral("}\"");
        } else {
            header = shellQuote(QString::fromLatin1(name) + QStringLiteral(": ") +
                                QString::fromUtf8(value));
        }
        words << QStringLiteral("-H") << header;
    }
    if (!request.body.isEmpty())
        words << QStringLiteral("--data-binary") << shellQuote(QString::fromUtf8(request.body));
    return words.join(QStringLiteral(" \\\n  "));
}

} // namespace seqring
