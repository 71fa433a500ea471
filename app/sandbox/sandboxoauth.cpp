#include "app/sandbox/sandboxoauth.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace seqring::sandbox
{

namespace
{

const QString kAuthorizePath = QStringLiteral("/v1/authorize");
const QString kTokenPath = QStringLiteral("/v1/access_token");
constexpr qint64 kCodeLifetime = 300;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// 32 random bytes as base64url: codes, tokens and consent request IDs.
QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// RFC 7636 4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
bool isVerifier(const QString &verifier)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return form.match(verifier).hasMatch();
}

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SandboxOAuth::SandboxOAuth(SandboxData *data)
    : m_data(data), m_redirectUris{QStringLiteral("http://127.0.0.1:6001/redirect"),
                                   QStringLiteral("http://localhost:6001/redirect")}
{
}

bool SandboxOAuth::handles(const QString &path)
{
    return path == kAuthorizePath || path == kTokenPath;
}

Reply SandboxOAuth::handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                           const QByteArray &contentType, const QByteArray &body,
                           const QString &trackingId)
{
    const bool form =
        contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded");
    // A form body uses '+' for spaces; QUrlQuery does not decode it.
    const QUrlQuery fields(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    if (path == kAuthorizePath && method == "GET")
        return authorize(query, trackingId);
    if (path == kAuthorizePath && method == "POST" && form)
        return decide(fields, trackingId);
    if (path == kTokenPath && method == "POST" && form)
        return token(fields, trackingId);
    if (method != "GET" && method != "POST")
        return SandboxErrors::reply({405, QStringLiteral("Method not allowed."), 405}, trackingId);
    return oauthError(400, QStringLiteral("invalid_request"),
                      QStringLiteral("%1 takes a form-encoded POST body "
                                     "(Content-Type: application/x-www-form-urlencoded).")
                          .arg(path),
                      trackingId);
}

TokenInfo SandboxOAuth::tokenInfo(const QString &accessToken) const
{
    const auto found = m_access.constFind(accessToken);
    if (found == m_access.constEnd() || found->expiresAt <= now())
        return {};
    TokenInfo info = m_data->tokenForRole(QStringLiteral("demo"));
    info.token = accessToken;
    return info;
}

void SandboxOAuth::expireAccessTokens()
{
    m_access.clear();
}

void SandboxOAuth::revokeRefreshTokens()
{
    m_refresh.clear();
}

Reply SandboxOAuth::authorize(const QUrlQuery &query, const QString &trackingId)
{
    Q_UNUSED(trackingId)
    Grant grant;
    grant.clientId = value(query, QStringLiteral("client_id"));
    grant.redirectUri = value(query, QStringLiteral("redirect_uri"));
    grant.state = value(query, QStringLiteral("state"));
    grant.scope = value(query, QStringLiteral("scope"));
    grant.challenge = value(query, QStringLiteral("code_challenge"));
    // Without a known client and its registered redirect URI there is nowhere safe to
    // send an answer: the page says so instead (RFC 6749 4.1.2.1).
    if (grant.clientId != QLatin1String(kDemoClientId))
        return page(400, QStringLiteral("Unknown integration"),
                    QStringLiteral("<p>The client_id %1 is not an integration of this sandbox. "
                                   "Its demo integration is %2.</p>")
                        .arg(grant.clientId.toHtmlEscaped(), QLatin1String(kDemoClientId)));
    if (!m_redirectUris.contains(grant.redirectUri))
        return page(400, QStringLiteral("Redirect URI not registered"),
                    QStringLiteral("<p>The redirect_uri %1 is not registered for %2. "
                                   "Registered: %3.</p>")
                        .arg(grant.redirectUri.toHtmlEscaped(), QLatin1String(kDemoClientId),
                             m_redirectUris.join(QStringLiteral(", ")).toHtmlEscaped()));
    QList<QPair<QString, QString>> problem;
    if (value(query, QStringLiteral("response_type")) != QLatin1String("code"))
        problem = {{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}};
    else if (!grant.challenge.isEmpty() &&
             value(query, QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        problem = {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                   {QStringLiteral("error_description"),
                    QStringLiteral("code_challenge_method must be S256")}};
    if (!problem.isEmpty()) {
        if (!grant.state.isEmpty())
            problem.append({QStringLiteral("state"), grant.state});
        return redirect(grant.redirectUri, problem);
    }

    const QString request = randomToken();
    m_pending.insert(request, grant);
    return page(200, QStringLiteral("Sign in to the Webex sandbox"),
                QStringLiteral("<p>The integration <b>%1</b> asks for these permissions:</p>"
                               "<p><code>%2</code></p>"
                               "<form method=\"post\" action=\"%3\">"
                               "<input type=\"hidden\" name=\"request\" value=\"%4\">"
                               "<button type=\"submit\" name=\"decision\" value=\"allow\">"
                               "Allow</button> "
                               "<button type=\"submit\" name=\"decision\" value=\"deny\">"
                               "Deny</button></form>")
                    .arg(grant.clientId.toHtmlEscaped(), grant.scope.toHtmlEscaped(),
                         kAuthorizePath, request));
}

Reply SandboxOAuth::decide(const QUrlQuery &form, const QString &trackingId)
{
    Q_UNUSED(trackingId)
    const Grant grant = m_pending.take(value(form, QStringLiteral("request")));
    if (grant.clientId.isEmpty())
        return page(400, QStringLiteral("Request expired"),
                    QStringLiteral("<p>This sign-in request is unknown or was already "
                                   "answered. Start the sign-in again.</p>"));
    QList<QPair<QString, QString>> items;
    if (value(form, QStringLiteral("decision")) == QLatin1String("allow")) {
        Grant code = grant;
        code.expiresAt = now() + kCodeLifetime;
        const QString issued = randomToken();
        m_codes.insert(issued, code);
        items.append({QStringLiteral("code"), issued});
    } else {
        items.append({QStringLiteral("error"), QStringLiteral("access_denied")});
    }
    if (!grant.state.isEmpty())
        items.append({QStringLiteral("state"), grant.state});
    return redirect(grant.redirectUri, items);
}

Reply SandboxOAuth::token(const QUrlQuery &form, const QString &trackingId)
{
    const QString grantType = value(form, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return exchangeCode(form, trackingId);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(form, trackingId);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant_type %1 is not supported; use authorization_code or "
                                     "refresh_token.")
                          .arg(grantType),
                      trackingId);
}

std::optional<Reply> SandboxOAuth::checkClient(const QUrlQuery &form,
                                               const QString &trackingId) const
{
    if (value(form, QStringLiteral("client_id")) != QLatin1String(kDemoClientId) ||
        value(form, QStringLiteral("client_secret")) != m_clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("The client ID or client secret is wrong."), trackingId);
    return std::nullopt;
}

Reply SandboxOAuth::exchangeCode(const QUrlQuery &form, const QString &trackingId)
{
    if (auto refused = checkClient(form, trackingId))
        return *refused;
    const auto invalid = [&trackingId](const QString &why) {
        return oauthError(400, QStringLiteral("invalid_grant"), why, trackingId);
    };
    // A code is used once, whatever the outcome (RFC 6749 4.1.2).
    const Grant grant = m_codes.take(value(form, QStringLiteral("code")));
    if (grant.clientId.isEmpty() || grant.expiresAt <= now())
        return invalid(QStringLiteral("The authorization code is unknown, used or expired."));
    if (grant.clientId != value(form, QStringLiteral("client_id")))
        return invalid(QStringLiteral("The authorization code was issued to another client."));
    if (grant.redirectUri != value(form, QStringLiteral("redirect_uri")))
        return invalid(QStringLiteral("redirect_uri differs from the one of the authorize "
                                      "request."));
    if (!grant.challenge.isEmpty()) {
        const QString verifier = value(form, QStringLiteral("code_verifier"));
        if (!isVerifier(verifier) || challengeOf(verifier) != grant.challenge)
            return invalid(QStringLiteral("The code_verifier does not match the "
                                          "code_challenge."));
    }
    ++m_codesExchanged;
    return issue(grant.scope, QString());
}

Reply SandboxOAuth::refresh(const QUrlQuery &form, const QString &trackingId)
{
    if (auto refused = checkClient(form, trackingId))
        return *refused;
    const QString refreshToken = value(form, QStringLiteral("refresh_token"));
    const auto found = m_refresh.constFind(refreshToken);
    if (found == m_refresh.constEnd() || found->expiresAt <= now())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The refresh token is unknown, revoked or expired."),
                          trackingId);
    return issue(found->scope, refreshToken);
}

Reply SandboxOAuth::issue(const QString &scope, const QString &refreshToken)
{
    const auto marked = [this](const char *kind) {
        return m_tokenMarker.isEmpty() ? randomToken()
                                       : m_tokenMarker + QLatin1Char('-') + QLatin1String(kind) +
                                             QLatin1Char('-') + randomToken();
    };
    const QString access = marked("access");
    m_access.insert(access, {now() + m_accessLifetime, scope});
    // Webex keeps the refresh token and extends its life when it is used.
    const QString refreshed = refreshToken.isEmpty() ? marked("refresh") : refreshToken;
    m_refresh.insert(refreshed, {now() + kRefreshLifetime, scope});
    QJsonObject answer;
    answer.insert(QLatin1String("access_token"), access);
    answer.insert(QLatin1String("expires_in"), m_accessLifetime);
    answer.insert(QLatin1String("refresh_token"), refreshed);
    answer.insert(QLatin1String("refresh_token_expires_in"), kRefreshLifetime);
    answer.insert(QLatin1String("token_type"), QLatin1String("Bearer"));
    answer.insert(QLatin1String("scope"), scope);
    Reply reply = Reply::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

Reply SandboxOAuth::page(int status, const QString &title, const QString &html)
{
    Reply reply;
    reply.status = status;
    reply.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    reply.body = QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head>"
                                "<body><h1>%1</h1>%2</body></html>")
                     .arg(title.toHtmlEscaped(), html)
                     .toUtf8();
    return reply;
}

Reply SandboxOAuth::redirect(const QString &uri, const QList<QPair<QString, QString>> &items)
{
    QUrl target(uri);
    QUrlQuery query(target);
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    target.setQuery(query);
    Reply reply;
    reply.status = 302;
    reply.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return reply;
}

Reply SandboxOAuth::oauthError(int status, const QString &error, const QString &description,
                               const QString &trackingId)
{
    QJsonObject root =
        QJsonDocument::fromJson(
            SandboxErrors::body(description, SandboxErrors::defaultErrorCode(status), trackingId))
            .object();
    root.insert(QLatin1String("error"), error);
    root.insert(QLatin1String("error_description"), description);
    return Reply::json(status, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace seqring::sandbox
