#pragma once

#include "app/client/httprequest.h"
#include "app/client/workspacedirectory.h"
#include "app/signin/tokenprovider.h"
#include "models/validationsource.h"

#include <functional>
#include <optional>

namespace seqring
{

class AppSettings;

// The target model: the one owner of where requests go and as whom. It alone holds the
// environment, the API root, the organisation, the workspace (its ID and what the look-up
// found) and the token's source and state (through its TokenProvider). Widgets show it and
// send intents (set...); settings are loaded into it and saved from it; requestContext()
// is the one place a RequestContext is made. It validates its own fields (API root,
// workspace ID, token) as a ValidationSource.
class TargetModel : public ValidationSource
{
    Q_OBJECT
public:
    enum class Environment { Webex, Sandbox, Custom };
    Q_ENUM(Environment)
    enum class WorkspaceState { None, LookingUp, Known, Unknown, Failed };
    Q_ENUM(WorkspaceState)

    // The in-process sandbox, started on demand by the composition root.
    struct SandboxEndpoint {
        QString apiRoot; // empty when it could not start
        QString demoToken;
        QString error;    // why it could not start
        QString clientId; // its demo integration, for Sign in with Webex
        QString clientSecret;
    };
    using SandboxStarter = std::function<SandboxEndpoint()>;

    // What the command line says, which wins over the settings.
    struct Overrides {
        bool sandbox = false;
        QString baseUrl;
        QString workspaceId;
        QString orgId;
    };

    // `tokens` is not owned; this model is the only one that tells it what to do.
    explicit TargetModel(TokenProvider *tokens, QObject *parent = nullptr);

    void setSandboxStarter(SandboxStarter starter) { m_sandboxStarter = std::move(starter); }

    // The facts.
    Environment environment() const { return m_environment; }
    QString customApiRoot() const { return m_customRoot; }
    QString apiRoot() const;
    QString orgId() const { return m_orgId; }
    QString workspaceId() const { return m_workspaceId; }
    WorkspaceState workspaceState() const { return m_workspaceState; }
    std::optional<WorkspaceEntry> workspace() const { return m_workspace; }
    QString workspaceProblem() const { return m_workspaceProblem; }
    QString token() const { return m_tokens->token(); }
    bool hasToken() const { return m_tokens->hasToken(); }
    TokenProvider::Source tokenSource() const { return m_tokens->source(); }
    QString tokenDescription() const { return m_tokens->describe(); }
    QString keychainProblem() const { return m_tokens->keychainProblem(); }
    TokenProvider *tokens() const { return m_tokens; }
    // The sandbox's demo integration (client ID, secret) once it runs; empty otherwise.
    QPair<QString, QString> sandboxClient() const { return {m_sandboxClientId, m_sandboxSecret}; }

    // Where and as whom a request goes now; the workspace ID trimmed.
    RequestContext requestContext() const;
    // What the validator needs of the target.
    ValidationContext validationContext() const;
    ValidationIssues issues() const override { return m_issues; }

    // Intents from the widgets.
    void setEnvironment(Environment environment);
    void setCustomApiRoot(const QString &root); // used while the environment is Custom
    void setOrgId(const QString &id);
    void setWorkspaceId(const QString &id);            // typed or pasted: the look-up follows
    void chooseWorkspace(const WorkspaceEntry &entry); // from the picker: known already
    void setToken(const QString &token, bool remember);
    void forgetToken();
    // Ends a sign-in with Webex: its tokens are forgotten (the keychain's too).
    void signOut() { m_tokens->signOut(); }

    // Results of the workspace look-up (WorkspaceContext); each for the current ID only.
    void setWorkspaceLookingUp();
    void setWorkspaceFound(const WorkspaceEntry &entry);
    void setWorkspaceProblem(WorkspaceState state, const QString &problem);

    // Settings in and out; the overrides win.
    void load(const AppSettings &settings, const Overrides &overrides);
    void save(AppSettings &settings) const;
    static QString environmentName(Environment environment);
    static std::optional<Environment> environmentFromName(const QString &name);

Q_SIGNALS:
    void environmentChanged();
    // The API root, the organisation or the token changed: earlier look-ups are stale.
    void targetChanged();
    void tokenChanged();
    void workspaceIdChanged(const QString &id);
    void workspaceStateChanged();
    // Something the administrator must be told (e.g. the sandbox could not start, or the
    // sign-in ended because its refresh token was refused).
    void problem(const QString &title, const QString &text);

private:
    void applyEnvironment();
    void revalidate();

    TokenProvider *m_tokens;
    SandboxStarter m_sandboxStarter;
    Environment m_environment = Environment::Webex;
    QString m_customRoot;
    QString m_sandboxRoot;
    QString m_sandboxToken;
    QString m_sandboxClientId;
    QString m_sandboxSecret;
    QString m_appliedRoot; // the API root the token provider was last told
    QString m_orgId;
    QString m_workspaceId;
    WorkspaceState m_workspaceState = WorkspaceState::None;
    std::optional<WorkspaceEntry> m_workspace;
    QString m_workspaceProblem;
    ValidationIssues m_issues;
};

} // namespace seqring
