// Session, the target model: one owner of the environment, API root, organisation,
// workspace and token; one RequestContext; settings in and out; its own validation.
#include "appsettings.h"
#include "sessionfixture.h"

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
    test::SessionFixture m_fx;
};

void TestSession::requestContextFromTheFacts()
{
    Session *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t1"));
    session->setOrgId(QStringLiteral(" ORG1 "));
    session->setWorkspaceId(QStringLiteral(" WS1 "));
    const RequestContext sandbox = session->requestContext();
    QCOMPARE(sandbox.apiRoot, QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(sandbox.token, QStringLiteral("t1"));
    QCOMPARE(sandbox.orgId, QStringLiteral("ORG1"));
    QCOMPARE(sandbox.workspaceId, QStringLiteral("WS1"));
    QCOMPARE(session->workspaceId(), QStringLiteral(" WS1 ")); // kept as typed

    QSignalSpy target(session, &Session::targetChanged);
    session->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    QCOMPARE(target.size(), 0); // not the environment in use
    session->setEnvironment(Session::Environment::Custom);
    QVERIFY(target.size() >= 1);
    QCOMPARE(session->requestContext().apiRoot, QStringLiteral("https://example.test/v1"));
    session->setToken(QStringLiteral(" typed-token "), false);
    QCOMPARE(session->requestContext().token, QStringLiteral("typed-token"));
    QCOMPARE(session->tokenSource(), TokenProvider::Source::Session);
    session->setEnvironment(Session::Environment::Webex);
    QCOMPARE(session->requestContext().apiRoot, kWebexApiRoot);
    m_fx.stop();
}

void TestSession::validatesItsOwnFields()
{
    Session *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QString());
    QSignalSpy validation(session, &Session::validationChanged);
    QCOMPARE(session->issuesFor(Field::WorkspaceId).size(), 1);
    QCOMPARE(session->issuesFor(Field::Token).size(), 1);
    QVERIFY(session->hasErrors());
    session->setWorkspaceId(QStringLiteral("WS1"));
    QVERIFY(session->issuesFor(Field::WorkspaceId).isEmpty());
    QVERIFY(!validation.isEmpty());
    session->setToken(QStringLiteral("t"), false);
    QVERIFY(!session->hasErrors());
    session->setCustomApiRoot(QStringLiteral("http://example.com/v1")); // plain http, not local
    session->setEnvironment(Session::Environment::Custom);
    QCOMPARE(session->issuesFor(Field::ApiRoot).size(), 1);
    QVERIFY(session->issuesFor(Field::ApiRoot)
                .first()
                .message.contains(QLatin1String("http://example.com/v1")));
    // The criteria's fields are not the Session's.
    QVERIFY(session->issuesFor(Field::ScheduleName).isEmpty());
    m_fx.stop();
}

void TestSession::settingsRoundTripAndOverrides()
{
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    Session *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->setCustomApiRoot(QStringLiteral("https://example.test/v1"));
    session->setEnvironment(Session::Environment::Custom);
    session->setWorkspaceId(QStringLiteral("WS1"));
    session->setOrgId(QStringLiteral("ORG1"));
    session->save(settings);
    QCOMPARE(settings.environment(), QStringLiteral("custom"));
    QCOMPARE(qsettings.value(QStringLiteral("target/customRoot")).toString(),
             QStringLiteral("https://example.test/v1"));
    m_fx.stop();

    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->load(settings, {});
    QCOMPARE(session->environment(), Session::Environment::Custom);
    QCOMPARE(session->apiRoot(), QStringLiteral("https://example.test/v1"));
    QCOMPARE(session->workspaceId(), QStringLiteral("WS1"));
    QCOMPARE(session->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();

    // The command line wins.
    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    Session::Overrides overrides;
    overrides.sandbox = true;
    overrides.workspaceId = QStringLiteral("WS2");
    session->load(settings, overrides);
    QCOMPARE(session->environment(), Session::Environment::Sandbox);
    QCOMPARE(session->apiRoot(), QStringLiteral("http://127.0.0.1:9/v1"));
    QCOMPARE(session->workspaceId(), QStringLiteral("WS2"));
    QCOMPARE(session->orgId(), QStringLiteral("ORG1"));
    m_fx.stop();
    session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    overrides = {};
    overrides.baseUrl = kWebexApiRoot;
    session->load(settings, overrides);
    QCOMPARE(session->environment(), Session::Environment::Webex);
    m_fx.stop();
}

void TestSession::olderSettingsKeptANumber()
{
    QCOMPARE(Session::environmentFromName(QStringLiteral("1")), Session::Environment::Sandbox);
    QCOMPARE(Session::environmentFromName(QStringLiteral("2")), Session::Environment::Custom);
    QCOMPARE(Session::environmentFromName(QStringLiteral("webex")), Session::Environment::Webex);
    QVERIFY(!Session::environmentFromName(QStringLiteral("moon")).has_value());
    for (auto environment :
         {Session::Environment::Webex, Session::Environment::Sandbox, Session::Environment::Custom})
        QCOMPARE(Session::environmentFromName(Session::environmentName(environment)), environment);
}

void TestSession::choosingAWorkspaceSetsItOnce()
{
    Session *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    QSignalSpy ids(session, &Session::workspaceIdChanged);
    QSignalSpy states(session, &Session::workspaceStateChanged);
    WorkspaceEntry entry;
    entry.id = QStringLiteral("WS9");
    entry.name = QStringLiteral("Lobby");
    session->chooseWorkspace(entry);
    QCOMPARE(ids.size(), 1);
    QCOMPARE(states.size(), 1);
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::Known);
    QCOMPARE(session->workspace()->name, QStringLiteral("Lobby"));
    session->setWorkspaceId(QStringLiteral("WS9")); // the field showing the same ID: no change
    QCOMPARE(ids.size(), 1);
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::Known);
    session->setWorkspaceId(QString());
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::None);
    QVERIFY(!session->workspace());
    m_fx.stop();
}

void TestSession::staleLookupAnswersAreIgnored()
{
    Session *session = m_fx.start(QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("t"));
    session->setWorkspaceId(QStringLiteral("WS2"));
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::LookingUp);
    WorkspaceEntry earlier;
    earlier.id = QStringLiteral("WS1");
    session->setWorkspaceFound(earlier);
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::LookingUp);
    WorkspaceEntry now;
    now.id = QStringLiteral("WS2");
    session->setWorkspaceFound(now);
    QCOMPARE(session->workspaceState(), Session::WorkspaceState::Known);
    session->setWorkspaceProblem(Session::WorkspaceState::Unknown, QStringLiteral("gone"));
    QCOMPARE(session->workspaceProblem(), QStringLiteral("gone"));
    m_fx.stop();
}

void TestSession::sandboxThatCannotStartIsAProblem()
{
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    Session session(&tokens);
    session.setSandboxStarter([] {
        return Session::SandboxEndpoint{{}, {}, QStringLiteral("port in use"), {}, {}};
    });
    QSignalSpy problem(&session, &Session::problem);
    session.setEnvironment(Session::Environment::Sandbox);
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().at(1).toString().contains(QLatin1String("port in use")));
    QVERIFY(session.apiRoot().isEmpty());
    QCOMPARE(session.issuesFor(Field::ApiRoot).size(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
