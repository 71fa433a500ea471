#include "criteriarequest.h"

#include <QUuid>

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

QString CriteriaRequest::newTrackingId()
{
    return QStringLiteral("SEQRING_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl CriteriaRequest::sequentialRingUrl(const RequestContext &context, const QString &suffix)
{
    QString root = context.apiRoot.trimmed();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    const QString workspace =
        QString::fromLatin1(QUrl::toPercentEncoding(context.workspaceId.trimmed()));
    QUrl url(root + QStringLiteral("/telephony/config/workspaces/") + workspace +
                 QStringLiteral("/sequentialRing") + suffix,
             QUrl::StrictMode);
    if (!context.orgId.trimmed().isEmpty()) {
        url.setQuery(QStringLiteral("orgId=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(context.orgId.trimmed())),
                     QUrl::StrictMode);
    }
    return url;
}

HttpRequestSpec CriteriaRequest::buildCreate(const Criteria &criteria,
                                             const RequestContext &context,
                                             const QString &trackingId)
{
    HttpRequestSpec request;
    request.method = "POST";
    request.url = sequentialRingUrl(context, QStringLiteral("/criteria"));
    request.trackingId = trackingId;
    request.headers = {
        {kAuthorization, "Bearer " + context.token.trimmed().toUtf8()},
        {"Content-Type", "application/json"},
        {"Accept", "application/json"},
        {"TrackingID", trackingId.toUtf8()},
    };
    request.body = CriteriaJson::toJson(criteria);
    return request;
}

QString CriteriaRequest::maskToken(const QString &token)
{
    const QString t = token.trimmed();
    if (t.isEmpty())
        return tr("(no token)");
    if (t.size() < 16)
        return QString(t.size(), QChar(0x2022));
    return t.left(4) + QString(8, QChar(0x2022)) + t.right(4);
}

QString CriteriaRequest::renderPreview(const HttpRequestSpec &request, bool revealToken)
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

QString CriteriaRequest::shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CriteriaRequest::toCurl(const HttpRequestSpec &request, bool revealToken)
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
