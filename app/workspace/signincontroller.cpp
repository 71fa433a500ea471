#include "app/workspace/signincontroller.h"

#include "app/client/apiclient.h"
#include "app/files/appsettings.h"
#include "app/signin/signinflow.h"
#include "app/workspace/targetmodel.h"

#include <QJsonObject>
#include <QTimer>

namespace seqring
{

SignInController::Overrides
SignInController::Overrides::fromEnvironment(const QString &commandLineClientId)
{
    Overrides overrides;
    overrides.clientId = commandLineClientId.trimmed();
    if (overrides.clientId.isEmpty())
        overrides.clientId = qEnvironmentVariable("WEBEX_CLIENT_ID").trimmed();
    overrides.clientSecret = qEnvironmentVariable("WEBEX_CLIENT_SECRET").trimmed();
    return overrides;
}

SignInController::SignInController(TargetModel *target, ApiClient *client, AppSettings *settings,
                                   const Overrides &overrides, QObject *parent)
    : QObject(parent), m_target(target), m_client(client), m_settings(settings),
      m_overrides(overrides)
{
    m_target->tokens()->setClient(clientId(), m_overrides.clientSecret);
}

SignInController::~SignInController() = default;

// The scopes, each checked against developer.webex.com (docs/integration-scopes and the
// API reference page of each call named here).
QList<SignInController::Scope> SignInController::scopes()
{
    return {
        // List Workspaces, Get Workspace Details, Read Sequential Ring (and its criteria):
        // docs/api/v1/workspaces, docs/api/v1/workspace-call-settings.
        {QStringLiteral("spark-admin:workspaces_read"),
         tr("Find workspaces, and read their sequential ring settings and criteria.")},
        // Create, Modify and Delete Sequential Ring Criteria, Modify Sequential Ring:
        // docs/api/v1/workspace-call-settings.
        {QStringLiteral("spark-admin:workspaces_write"),
         tr("Create, change and delete sequential ring criteria of a workspace.")},
        // Read the List of Schedules of a location: docs/api/v1/location-call-settings-schedules.
        {QStringLiteral("spark-admin:telephony_config_read"),
         tr("Offer the location's schedules (business hours, holidays).")},
        // List Locations, Get Location Details: docs/api/v1/locations.
        {QStringLiteral("spark-admin:locations_read"),
         tr("Name the location a workspace belongs to.")},
        // List Licenses: docs/api/v1/licenses (which workspaces have Professional).
        {QStringLiteral("spark-admin:licenses_read"),
         tr("Tell which workspaces have the Professional license sequential ring needs.")},
        // Get My Own Details (people/me): docs/api/v1/people/get-my-own-details.
        {QStringLiteral("spark:people_read"), tr("Show whose sign-in is in use.")},
    };
}

QStringList SignInController::scopeNames()
{
    QStringList names;
    for (const Scope &scope : scopes())
        names.append(scope.name);
    return names;
}

QString SignInController::clientId() const
{
    if (!m_overrides.clientId.isEmpty())
        return m_overrides.clientId;
    const QString stored = m_settings->clientId();
    if (stored.isEmpty() && m_target->environment() == TargetModel::Environment::Sandbox)
        return m_target->sandboxClient().first;
    return stored;
}

QString SignInController::clientSecret() const
{
    if (!m_overrides.clientSecret.isEmpty())
        return m_overrides.clientSecret;
    const QString stored = m_target->tokens()->clientSecret();
    if (stored.isEmpty() && m_target->environment() == TargetModel::Environment::Sandbox &&
        clientId() == m_target->sandboxClient().first)
        return m_target->sandboxClient().second;
    return stored;
}

QString SignInController::redirectUri() const
{
    return m_settings->redirectUri();
}

void SignInController::setRedirectUri(const QString &uri)
{
    m_settings->setRedirectUri(uri.trimmed());
}

bool SignInController::isSignedIn() const
{
    return m_target->tokenSource() == TokenProvider::Source::SignedIn;
}

bool SignInController::start(const QString &clientId, const QString &clientSecret,
                             bool rememberSecret, int timeoutMs)
{
    if (m_flow)
        return false;
    m_clientId = isClientIdOverridden() ? m_overrides.clientId : clientId.trimmed();
    m_secret = isClientSecretOverridden() ? m_overrides.clientSecret : clientSecret.trimmed();
    // The sandbox's demo integration is nothing to keep for the real service.
    m_keep = m_clientId != m_target->sandboxClient().first;
    m_rememberSecret = rememberSecret && !isClientSecretOverridden() && m_keep;
    if (m_clientId.isEmpty()) {
        Q_EMIT finished(false, tr("Enter the client ID of the Webex integration."));
        return false;
    }
    SignInFlow::Config config;
    config.apiRoot = m_target->apiRoot();
    config.clientId = m_clientId;
    config.clientSecret = m_secret;
    config.redirectUri = redirectUri();
    config.scopes = scopeNames();
    if (timeoutMs > 0)
        config.timeoutMs = timeoutMs;
    auto *flow = new SignInFlow(m_client->networkAccessManager(), config, this);
    flow->setRequestLog(m_client->requestLog()); // its token request in the log and --har
    connect(flow, &SignInFlow::authorizeUrlReady, this, [this](const QUrl &url) {
        m_authorizeUrl = url;
        Q_EMIT authorizeUrlReady(url);
    });
    connect(flow, &SignInFlow::notice, this, &SignInController::notice);
    connect(flow, &SignInFlow::failed, this,
            [this](const QString &message) { end(false, message); });
    connect(flow, &SignInFlow::succeeded, this, &SignInController::onTokens);
    m_flow = flow;
    QString problem;
    if (!flow->start(&problem)) {
        end(false, problem);
        return false;
    }
    return true;
}

void SignInController::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void SignInController::onTokens(const OAuthTokens &tokens)
{
    RequestContext context = m_target->requestContext();
    context.token = tokens.accessToken;
    context.orgId.clear();
    ApiJob *job = m_client->send(ApiRequests::getMe(context));
    connect(job, &ApiJob::finished, this, [this, tokens](const ApiResult &result) {
        OAuthTokens named = tokens;
        if (result.ok)
            named.displayName = result.json.object().value(QLatin1String("displayName")).toString();
        m_target->tokens()->signIn(named, m_clientId, m_secret, m_rememberSecret);
        if (!isClientIdOverridden() && m_keep)
            m_settings->setClientId(m_clientId);
        end(true, m_target->tokenDescription());
    });
}

void SignInController::end(bool ok, const QString &message)
{
    // The listener is closed already; the page for the browser's last request may still be
    // on its way out of the flow's socket, which goes with the flow.
    if (m_flow)
        QTimer::singleShot(kPageDeliveryMs, m_flow.data(), &QObject::deleteLater);
    m_flow = nullptr;
    m_authorizeUrl.clear();
    Q_EMIT finished(ok, message);
}

void SignInController::signOut()
{
    m_target->signOut();
}

} // namespace seqring
