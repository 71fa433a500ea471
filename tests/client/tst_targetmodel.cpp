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
    TargetModel *target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t1"));
    target->setOrgId(QStringLiteral(" ORG1 "));
    target->setWorkspaceId(QStringLiteral(" WS1 "));
    const RequestContext sandbox = target->requestContext();
    QCOMPARE(sandbox.apiRoot, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(sandbox.token, QStringLiteral("t1"));
    QCOMPARE(sandbox.orgId, QStringLiteral("ORG1"));
    QCOMPARE(sandbox.workspaceId, QStringLiteral("WS1"));
    QCOMPARE(target->workspaceId(), QStringLiteral(" WS1 ")); // kept as typed

    QSignalSpy changes(target, &TargetModel::targetChanged);
    target->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    QCOMPARE(changes.size(), 0); // not the environment in use
    target->setEnvironment(TargetModel::Environment::Custom);
    QVERIFY(changes.size() >= 1);
    QCOMPARE(target->requestContext().apiRoot, QStringLiteral("https://example.test/v1"));
    target->setToken(QStringLiteral(" typed-token "), false);
    QCOMPARE(target->requestContext().token, QStringLiteral("typed-token"));
    QCOMPARE(target->tokenSource(), TokenProvider::Source::TargetModel);
    target->setEnvironment(TargetModel::Environment::Webex);
    QCOMPARE(target->requestContext().apiRoot, kWebexApiRoot);
    m_fx.stop();
}

void TestSession::validatesItsOwnFields()
{
    TargetModel *target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QString());
    QSignalSpy validation(target, &TargetModel::validationChanged);
    QCOMPARE(target->issuesFor(Field::WorkspaceId).size(), 1);
    QCOMPARE(target->issuesFor(Field::Token).size(), 1);
    QVERIFY(target->hasErrors());
    target->setWorkspaceId(QStringLiteral("WS1"));
    QVERIFY(target->issuesFor(Field::WorkspaceId).isEmpty());
    QVERIFY(!validation.isEmpty());
    target->setToken(QStringLiteral("t"), false);
    QVERIFY(!target->hasErrors());
    target->setCustomApiRoot(QStringLiteral("http://example.com/v1")); // plain http, not local
    target->setEnvironment(TargetModel::Environment::Custom);
    QCOMPARE(target->issuesFor(Field::ApiRoot).size(), 1);
    QVERIFY(target->issuesFor(Field::ApiRoot)
                .first()
                .message.contains(QLatin1String("http://example.com/v1")));
    // The criteria's fields are not the TargetModel's.
    QVERIFY(target->issuesFor(Field::ScheduleName).isEmpty());
    m_fx.stop();
}

void TestSession::settingsRoundTripAndOverrides()
{
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    TargetModel *target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    target->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    target->setEnvironment(TargetModel::Environment::Custom);
    target->setWorkspaceId(QStringLiteral("WS1"));
    target->setOrgId(QStringLiteral("ORG1"));
    target->save(settings);
    QCOMPARE(settings.environment(), QStringLiteral("custom"));
    QCOMPARE(qsettings.value(QStringLiteral("target/customRoot")).toString(),
             QStringLiteral("https://example.test/v1"));
    m_fx.stop();

    target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    target->load(settings, {});
    QCOMPARE(target->environment(), TargetModel::Environment::Custom);
    QCOMPARE(target->apiRoot(), QStringLiteral("https://example.test/v1"));
    QCOMPARE(target->workspaceId(), QStringLiteral("WS1"));
    QCOMPARE(target->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();

    // The command line wins.
    target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    TargetModel::Overrides overrides;
    overrides.sandbox = true;
    overrides.workspaceId = QStringLiteral("WS2");
    target->load(settings, overrides);
    QCOMPARE(target->environment(), TargetModel::Environment::Sandbox);
    QCOMPARE(target->apiRoot(), QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(target->workspaceId(), QStringLiteral("WS2"));
    QCOMPARE(target->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();
    target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    overrides = {};
    overrides.baseUrl = kWebexApiRoot;
    target->load(settings, overrides);
    QCOMPARE(target->environment(), TargetModel::Environment::Webex);
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
    TargetModel *target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    QSignalSpy ids(target, &TargetModel::workspaceIdChanged);
    QSignalSpy states(target, &TargetModel::workspaceStateChanged);
    WorkspaceEntry entry;
    entry.id = QStringLiteral("WS9");
    entry.name = QStringLiteral("Lobby");
    target->chooseWorkspace(entry);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(states.size(), 1);
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::Known);
    QCOMPARE(target->workspace()->name, QStringLiteral("Lobby"));
    target->setWorkspaceId(QStringLiteral("WS9")); // the field showing the same ID: no change
    QCOMPARE(ids.size(), 1);
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::Known);
    target->setWorkspaceId(QString());
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::None);
    QVERIFY(!target->workspace());
    m_fx.stop();
}

void TestSession::staleLookupAnswersAreIgnored()
{
    TargetModel *target = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    target->setWorkspaceId(QStringLiteral("WS2"));
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::LookingUp);
    WorkspaceEntry earlier;
    earlier.id = QStringLiteral("WS1");
    target->setWorkspaceFound(earlier);
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::LookingUp);
    WorkspaceEntry now;
    now.id = QStringLiteral("WS2");
    target->setWorkspaceFound(now);
    QCOMPARE(target->workspaceState(), TargetModel::WorkspaceState::Known);
    target->setWorkspaceProblem(TargetModel::WorkspaceState::Unknown, QStringLiteral("gone"));
    QCOMPARE(target->workspaceProblem(), QStringLiteral("gone"));
    m_fx.stop();
}

void TestSession::sandboxThatCannotStartIsAProblem()
{
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    TargetModel target(&tokens);
    target.setSandboxStarter([] {
        return TargetModel::SandboxEndpoint{{}, {}, QStringLiteral("port in use"), {}, {}};
    });
    QSignalSpy problem(&target, &TargetModel::problem);
    target.setEnvironment(TargetModel::Environment::Sandbox);
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().at(1).toString().contains(QLatin1String("port in use")));
    QVERIFY(target.apiRoot().isEmpty());
    QCOMPARE(target.issuesFor(Field::ApiRoot).size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_targetmodel.moc"
