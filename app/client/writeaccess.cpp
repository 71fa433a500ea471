#include "app/client/writeaccess.h"

#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/apirequests.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace seqring
{

WriteAccess::WriteAccess(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString WriteAccess::key(const RequestContext &context)
{
    return context.apiRoot + QLatin1Char('|') +
           QString::fromLatin1(
               QCryptographicHash::hash(context.token.toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

bool WriteAccess::isReadOnlyRole(const QString &role)
{
    const QString lower = role.toLower();
    if (lower == QLatin1String("readonly_admin") || lower == QLatin1String("id_readonly_admin"))
        return true;
    // Webex role IDs are base64 of "ciscospark://us/ROLE/id_readonly_admin".
    const QByteArray decoded = QByteArray::fromBase64(
        role.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded.toLower().endsWith("/role/id_readonly_admin");
}

void WriteAccess::check(const RequestContext &context)
{
    if (context.token.isEmpty())
        return;
    const QString k = key(context);
    if (m_checked.contains(k))
        return;
    m_checked.insert(k);
    ApiJob *job = m_client->send(ApiRequests::getMe(context));
    ++m_pending;
    connect(job, &ApiJob::finished, this, [this, k](const ApiResult &result) {
        --m_pending;
        if (!result.ok)
            return; // unknown: the service decides
        const QJsonArray roles = result.json.object().value(QLatin1String("roles")).toArray();
        for (const QJsonValue &role : roles) {
            if (isReadOnlyRole(role.toString())) {
                m_blocked.insert(
                    k,
                    tr("The token belongs to a read-only administrator (%1): it "
                       "can look up workspaces and criteria, but creating "
                       "will be refused. Use a full or location "
                       "administrator's token with spark-admin:workspaces_write.")
                        .arg(result.json.object().value(QLatin1String("displayName")).toString()));
                Q_EMIT changed();
                return;
            }
        }
    });
}

void WriteAccess::noteResult(const RequestContext &context, const ApiResult &result)
{
    const QByteArray method = result.method.toUpper();
    if (method != "POST" && method != "PUT" && method != "DELETE")
        return;
    if (result.error.kind != ApiError::Kind::Http || result.error.httpStatus != 403)
        return;
    // A 403 about the workspace's license is about that workspace, not the token.
    const QString words = result.error.serverMessage + QLatin1Char(' ') +
                          result.error.descriptions.join(QLatin1Char(' '));
    if (words.contains(QLatin1String("license"), Qt::CaseInsensitive) ||
        words.contains(QLatin1String("Professional"), Qt::CaseInsensitive))
        return;
    const QString k = key(context);
    if (m_blocked.contains(k))
        return;
    m_blocked.insert(k, tr("A change was refused with 403 for this token in this session: it "
                           "cannot write (it needs spark-admin:workspaces_write of a full or "
                           "location administrator). Set another token to create criteria."));
    Q_EMIT changed();
}

QString WriteAccess::blockedReason(const RequestContext &context) const
{
    return m_blocked.value(key(context));
}

} // namespace seqring
