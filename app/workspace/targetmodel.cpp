#include "app/workspace/targetmodel.h"

#include "app/files/appsettings.h"
#include "models/webexid.h"

namespace seqring
{

TargetModel::TargetModel(TokenProvider *tokens, QObject *parent)
    : ValidationSource(parent), m_tokens(tokens)
{
    connect(m_tokens, &TokenProvider::changed, this, [this] {
        revalidate();
        Q_EMIT tokenChanged();
        Q_EMIT targetChanged();
    });
    connect(m_tokens, &TokenProvider::signedOut, this,
            [this](const QString &reason) { Q_EMIT problem(tr("Signed out"), reason); });
    revalidate();
}

QString TargetModel::apiRoot() const
{
    switch (m_environment) {
    case Environment::Webex:
        return kWebexApiRoot;
    case Environment::Sandbox:
        return m_sandboxRoot;
    case Environment::Custom:
        return m_customRoot.trimmed();
    }
    return {};
}

RequestContext TargetModel::requestContext() const
{
    RequestContext context;
    context.apiRoot = apiRoot();
    context.orgId = m_orgId.trimmed();
    context.workspaceId = m_workspaceId.trimmed();
    context.token = token();
    return context;
}

ValidationContext TargetModel::validationContext() const
{
    ValidationContext context;
    context.apiRoot = apiRoot();
    context.workspaceId = m_workspaceId;
    context.hasToken = hasToken();
    context.purpose = ValidationContext::Purpose::Send;
    return context;
}

void TargetModel::setEnvironment(Environment environment)
{
    if (environment == m_environment && !m_appliedRoot.isNull())
        return;
    m_environment = environment;
    applyEnvironment();
}

void TargetModel::setCustomApiRoot(const QString &root)
{
    if (root == m_customRoot)
        return;
    m_customRoot = root;
    if (m_environment == Environment::Custom)
        applyEnvironment();
}

void TargetModel::applyEnvironment()
{
    if (m_environment == Environment::Sandbox && m_sandboxRoot.isEmpty() && m_sandboxStarter) {
        const SandboxEndpoint sandbox = m_sandboxStarter();
        if (sandbox.apiRoot.isEmpty())
            Q_EMIT problem(tr("Sandbox"),
                           tr("The local sandbox API could not start: %1").arg(sandbox.error));
        m_sandboxRoot = sandbox.apiRoot;
        m_sandboxToken = sandbox.demoToken;
        m_sandboxClientId = sandbox.clientId;
        m_sandboxSecret = sandbox.clientSecret;
    }
    const QString root = apiRoot();
    const bool rootChanged = m_appliedRoot.isNull() || root != m_appliedRoot;
    m_appliedRoot = root.isNull() ? QStringLiteral("") : root;
    Q_EMIT environmentChanged();
    if (rootChanged) {
        if (m_environment == Environment::Sandbox && !root.isEmpty())
            m_tokens->useSandbox(root, m_sandboxToken);
        else if (m_environment != Environment::Sandbox)
            m_tokens->useApiRoot(root);
        Q_EMIT targetChanged();
    }
    revalidate();
}

void TargetModel::setOrgId(const QString &id)
{
    if (id == m_orgId)
        return;
    m_orgId = id;
    Q_EMIT targetChanged();
}

void TargetModel::setWorkspaceId(const QString &id)
{
    if (id == m_workspaceId)
        return;
    m_workspaceId = id;
    m_workspace.reset();
    m_workspaceProblem.clear();
    m_workspaceState = id.trimmed().isEmpty() ? WorkspaceState::None : WorkspaceState::LookingUp;
    Q_EMIT workspaceIdChanged(m_workspaceId);
    Q_EMIT workspaceStateChanged();
    revalidate();
}

void TargetModel::chooseWorkspace(const WorkspaceEntry &entry)
{
    // The same workspace under another form of its ID keeps the ID as written.
    const bool idChanged = !WebexId::same(entry.id, m_workspaceId);
    if (idChanged)
        m_workspaceId = entry.id;
    m_workspace = entry;
    m_workspaceProblem.clear();
    m_workspaceState = WorkspaceState::Known;
    if (idChanged)
        Q_EMIT workspaceIdChanged(m_workspaceId);
    Q_EMIT workspaceStateChanged();
    revalidate();
}

void TargetModel::setToken(const QString &token, bool remember)
{
    m_tokens->setToken(token, remember);
}

void TargetModel::forgetToken()
{
    m_tokens->forget();
}

void TargetModel::setWorkspaceLookingUp()
{
    if (m_workspaceId.trimmed().isEmpty())
        return;
    m_workspace.reset();
    m_workspaceProblem.clear();
    m_workspaceState = WorkspaceState::LookingUp;
    Q_EMIT workspaceStateChanged();
}

void TargetModel::setWorkspaceFound(const WorkspaceEntry &entry)
{
    // An answer for an ID typed earlier; the same workspace in another form of its ID is
    // this one (WorkspaceDirectory refuses an answer about another workspace).
    if (!WebexId::same(entry.id, m_workspaceId))
        return;
    m_workspace = entry;
    m_workspaceProblem.clear();
    m_workspaceState = WorkspaceState::Known;
    Q_EMIT workspaceStateChanged();
}

void TargetModel::setWorkspaceProblem(WorkspaceState state, const QString &problem)
{
    m_workspace.reset();
    m_workspaceProblem = problem;
    m_workspaceState = state;
    Q_EMIT workspaceStateChanged();
}

QString TargetModel::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Webex:
        return QStringLiteral("webex");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<TargetModel::Environment> TargetModel::environmentFromName(const QString &name)
{
    for (Environment environment :
         {Environment::Webex, Environment::Sandbox, Environment::Custom}) {
        // Versions before 0.2 kept the environment's number.
        if (name == environmentName(environment) || name == QString::number(int(environment)))
            return environment;
    }
    return std::nullopt;
}

void TargetModel::load(const AppSettings &settings, const Overrides &overrides)
{
    Environment environment =
        environmentFromName(settings.environment()).value_or(Environment::Webex);
    QString customRoot = settings.customApiRoot();
    if (overrides.sandbox) {
        environment = Environment::Sandbox;
    } else if (!overrides.baseUrl.isEmpty()) {
        environment = overrides.baseUrl == kWebexApiRoot ? Environment::Webex : Environment::Custom;
        customRoot = overrides.baseUrl;
    }
    m_customRoot = customRoot;
    setOrgId(overrides.orgId.isEmpty() ? settings.orgId() : overrides.orgId);
    setWorkspaceId(overrides.workspaceId.isEmpty() ? settings.workspaceId()
                                                   : overrides.workspaceId);
    m_environment = environment;
    applyEnvironment();
}

void TargetModel::save(AppSettings &settings) const
{
    settings.setEnvironment(environmentName(m_environment));
    if (m_environment == Environment::Custom)
        settings.setCustomApiRoot(m_customRoot.trimmed());
    settings.setWorkspaceId(m_workspaceId);
    settings.setOrgId(m_orgId);
}

void TargetModel::revalidate()
{
    m_issues = CriteriaValidator::validateTarget(validationContext());
    Q_EMIT validationChanged();
}

} // namespace seqring
