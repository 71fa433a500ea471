// TargetModel, the target model: one owner of the environment, API root, organisation,
// workspace and token; one RequestContext; settings in and out; its own validation.
#include "app/files/appsettings.h"
#include "tests/common/targetfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("WEBEX_ACCESS_TOKEN"); }
    void requestContextFromTheFacts();
    void validatesItsOwnFields();
    void settingsRoundTripAndOverrides();
    void olderSettingsKeptANumber();
    void choosingAWorkspaceSetsItOnce();
    void staleLookupAnswersAreIgnored();
    void sandboxThatCannotStartIsAProblem();

private:
    test::TargetFixture m_fx;
};

void TestSession::requestContextFromTheFacts()
{
    TargetModel *session =
        m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t1"));
    session->setOrgId(QStringLiteral(" ORG1 "));
    session->setWorkspaceId(QStringLiteral(" WS1 "));
    const RequestContext sandbox = session->requestContext();
    QCOMPARE(sandbox.apiRoot, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(sandbox.token, QStringLiteral("t1"));
    QCOMPARE(sandbox.orgId, QStringLiteral("ORG1"));
    QCOMPARE(sandbox.workspaceId, QStringLiteral("WS1"));
    QCOMPARE(session->workspaceId(), QStringLiteral(" WS1 ")); // kept as typed

    QSignalSpy target(session, &TargetModel::targetChanged);
    session->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    QCOMPARE(target.size(), 0); // not the environment in use
    session->setEnvironment(TargetModel::Environment::Custom);
    QVERIFY(target.size() >= 1);
    QCOMPARE(session->requestContext().apiRoot, QStringLiteral("https://example.test/v1"));
    session->setToken(QStringLiteral(" typed-token "), false);
    QCOMPARE(session->requestContext().token, QStringLiteral("typed-token"));
    QCOMPARE(session->tokenSource(), TokenProvider::Source::TargetModel);
    session->setEnvironment(TargetModel::Environment::Webex);
    QCOMPARE(session->requestContext().apiRoot, kWebexApiRoot);
    m_fx.stop();
}

void TestSession::validatesItsOwnFields()
{
    TargetModel *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QString());
    QSignalSpy validation(session, &TargetModel::validationChanged);
    QCOMPARE(session->issuesFor(Field::WorkspaceId).size(), 1);
    QCOMPARE(session->issuesFor(Field::Token).size(), 1);
    QVERIFY(session->hasErrors());
    session->setWorkspaceId(QStringLiteral("WS1"));
    QVERIFY(session->issuesFor(Field::WorkspaceId).isEmpty());
    QVERIFY(!validation.isEmpty());
    session->setToken(QStringLiteral("t"), false);
    QVERIFY(!session->hasErrors());
    session->setCustomApiRoot(QStringLiteral("http://example.com/v1")); // plain http, not local
    session->setEnvironment(TargetModel::Environment::Custom);
    QCOMPARE(session->issuesFor(Field::ApiRoot).size(), 1);
    QVERIFY(session->issuesFor(Field::ApiRoot)
                .first()
                .message.contains(QLatin1String("http://example.com/v1")));
    // The criteria's fields are not the TargetModel's.
    QVERIFY(session->issuesFor(Field::ScheduleName).isEmpty());
    m_fx.stop();
}

void TestSession::settingsRoundTripAndOverrides()
{
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    TargetModel *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    session->setEnvironment(TargetModel::Environment::Custom);
    session->setWorkspaceId(QStringLiteral("WS1"));
    session->setOrgId(QStringLiteral("ORG1"));
    session->save(settings);
    QCOMPARE(settings.environment(), QStringLiteral("custom"));
    QCOMPARE(qsettings.value(QStringLiteral("target/customRoot")).toString(),
             QStringLiteral("https://example.test/v1"));
    m_fx.stop();

    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->load(settings, {});
    QCOMPARE(session->environment(), TargetModel::Environment::Custom);
    QCOMPARE(session->apiRoot(), QStringLiteral("https://example.test/v1"));
    QCOMPARE(session->workspaceId(), QStringLiteral("WS1"));
    QCOMPARE(session->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();

    // The command line wins.
    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    TargetModel::Overrides overrides;
    overrides.sandbox = true;
    overrides.workspaceId = QStringLiteral("WS2");
    session->load(settings, overrides);
    QCOMPARE(session->environment(), TargetModel::Environment::Sandbox);
    QCOMPARE(session->apiRoot(), QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(session->workspaceId(), QStringLiteral("WS2"));
    QCOMPARE(session->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();
    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    overrides = {};
    overrides.baseUrl = kWebexApiRoot;
    session->load(settings, overrides);
    QCOMPARE(session->environment(), TargetModel::Environment::Webex);
    m_fx.stop();
}

void TestSession::olderSettingsKeptANumber()
{
    QCOMPARE(TargetModel::environmentFromName(QStringLiteral("1")),
             TargetModel::Environment::Sandbox);
    QCOMPARE(TargetModel::environmentFromName(QStringLiteral("2")),
             TargetModel::Environment::Custom);
    QCOMPARE(TargetModel::environmentFromName(QStringLiteral("webex")),
             TargetModel::Environment::Webex);
    QVERIFY(!TargetModel::environmentFromName(QStringLiteral("moon")).has_value());
    for (auto environment : {TargetModel::Environment::Webex, TargetModel::Environment::Sandbox,
                             TargetModel::Environment::Custom})
        QCOMPARE(TargetModel::environmentFromName(TargetModel::environmentName(environment)),
                 environment);
}

void TestSession::choosingAWorkspaceSetsItOnce()
{
    TargetModel *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    QSignalSpy ids(session, &TargetModel::workspaceIdChanged);
    QSignalSpy states(session, &TargetModel::workspaceStateChanged);
    WorkspaceEntry entry;
    entry.id = QStringLiteral("WS9");
    entry.name = QStringLiteral("Lobby");
    session->chooseWorkspace(entry);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(states.size(), 1);
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::Known);
    QCOMPARE(session->workspace()->name, QStringLiteral("Lobby"));
    session->setWorkspaceId(QStringLiteral("WS9")); // the field showing the same ID: no change
    QCOMPARE(ids.size(), 1);
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::Known);
    session->setWorkspaceId(QString());
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::None);
    QVERIFY(!session->workspace());
    m_fx.stop();
}

void TestSession::staleLookupAnswersAreIgnored()
{
    TargetModel *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->setWorkspaceId(QStringLiteral("WS2"));
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::LookingUp);
    WorkspaceEntry earlier;
    earlier.id = QStringLiteral("WS1");
    session->setWorkspaceFound(earlier);
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::LookingUp);
    WorkspaceEntry now;
    now.id = QStringLiteral("WS2");
    session->setWorkspaceFound(now);
    QCOMPARE(session->workspaceState(), TargetModel::WorkspaceState::Known);
    session->setWorkspaceProblem(TargetModel::WorkspaceState::Unknown, QStringLiteral("gone"));
    QCOMPARE(session->workspaceProblem(), QStringLiteral("gone"));
    m_fx.stop();
}

void TestSession::sandboxThatCannotStartIsAProblem()
{
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    TargetModel session(&tokens);
    session.setSandboxStarter([] {
        return TargetModel::SandboxEndpoint{{}, {}, QStringLiteral("port in use"), {}, {}};
    });
    QSignalSpy problem(&session, &TargetModel::problem);
    session.setEnvironment(TargetModel::Environment::Sandbox);
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().at(1).toString().contains(QLatin1String("port in use")));
    QVERIFY(session.apiRoot().isEmpty());
    QCOMPARE(session.issuesFor(Field::ApiRoot).size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_targetmodel.moc"
