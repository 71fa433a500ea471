// WorkspaceContext against the sandbox: a typed ID looked up, schedules and criteria read.
#include "app/workspace/workspacecontext.h"
#include "tests/common/lookupfixture.h"
#include "tests/common/targetfixture.h"

#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// The targeted workspace and what the app reads about it.
class TestWorkspaceContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedIdIsLookedUpOnceAfterTheDelay();
    void unknownIdIsFlagged();
    void chosenWorkspaceNeedsNoLookup();
    void missingTelephonyScope();
    void basicLicenseReadsNoCriteria();

private:
    WorkspaceContext *make(const QString &token = {});
    test::LookupFixture m_fx;
    test::TargetFixture m_targetFixture;
    TargetModel *m_target = nullptr;
    std::unique_ptr<WorkspaceContext> m_context;
};

void TestWorkspaceContext::init()
{
    QVERIFY(m_fx.start());
}

void TestWorkspaceContext::cleanup()
{
    m_context.reset();
    m_targetFixture.stop();
    m_fx.stop();
}

WorkspaceContext *TestWorkspaceContext::make(const QString &token)
{
    // The TargetModel against the sandbox, with the demo token or `token`.
    const RequestContext base = m_fx.context(token);
    m_target = m_targetFixture.start(base.apiRoot, base.token);
    m_context = std::make_unique<WorkspaceContext>(m_fx.client.get(), m_target);
    m_context->setLookupDelay(50);
    m_context->setPageSize(2);
    return m_context.get();
}

void TestWorkspaceContext::typedIdIsLookedUpOnceAfterTheDelay()
{
    WorkspaceContext *context = make();
    // Typing character by character: only the last text is looked up.
    const QString id = londonReception();
    for (int n = id.size() - 5; n <= id.size(); ++n)
        m_target->setWorkspaceId(id.left(n));
    QCOMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::LookingUp);
    QTRY_COMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::Known);
    QCOMPARE(m_fx.received(QStringLiteral("/v1/workspaces/") + id).size(), 1);
    QCOMPARE(m_fx.server->receivedRequests().first().path, QStringLiteral("/v1/workspaces/") + id);
    QCOMPARE(m_target->workspace()->title(), QStringLiteral("London - Reception (London)"));
    QTRY_VERIFY(context->schedules().has_value());
    QCOMPARE(context->schedules()->size(), 2);
    QTRY_VERIFY(context->settings().has_value());
    QCOMPARE(context->settings()->criteria.size(), 1);
    QTRY_VERIFY(!context->isBusy());
}

void TestWorkspaceContext::unknownIdIsFlagged()
{
    WorkspaceContext *context = make(); // it looks the ID up and tells the TargetModel
    m_target->setWorkspaceId(QStringLiteral("not-a-workspace"));
    QVERIFY(context->isBusy()); // the look-up waits for its delay
    QTRY_COMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::Unknown);
    QVERIFY(m_target->workspaceProblem().contains(QLatin1String("not-a-workspace")));
    QVERIFY(!m_target->workspace());
    m_target->setWorkspaceId(QString());
    QCOMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::None);
}

void TestWorkspaceContext::chosenWorkspaceNeedsNoLookup()
{
    WorkspaceContext *context = make();
    WorkspaceEntry entry;
    entry.id = londonBoardroom();
    entry.name = QStringLiteral("London - Boardroom");
    entry.locationId = londonLocation();
    entry.license = WorkspaceLicense::Professional;
    entry.callingType = QStringLiteral("webexCalling");
    QSignalSpy settings(context, &WorkspaceContext::settingsChanged);
    QSignalSpy ids(m_target, &TargetModel::workspaceIdChanged);
    m_target->chooseWorkspace(entry); // one intent: the ID and what is known of it
    QCOMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::Known);
    QCOMPARE(ids.size(), 1);
    QTRY_VERIFY(context->settings().has_value());
    QVERIFY(context->settings()->criteria.isEmpty());
    QVERIFY(m_fx.received(QStringLiteral("/v1/workspaces/") + londonBoardroom()).isEmpty());
}

void TestWorkspaceContext::missingTelephonyScope()
{
    WorkspaceContext *context = make(m_fx.server->noTelephonyToken());
    m_target->setWorkspaceId(londonBoardroom());
    QTRY_VERIFY(!context->schedulesProblem().isEmpty());
    QVERIFY(
        context->schedulesProblem().contains(QLatin1String("spark-admin:telephony_config_read")));
    QVERIFY(!context->schedules());
    QTRY_VERIFY(context->settings().has_value()); // the criteria need workspaces_read only
}

void TestWorkspaceContext::basicLicenseReadsNoCriteria()
{
    WorkspaceContext *context = make();
    m_target->setWorkspaceId(londonKitchen());
    QTRY_COMPARE(m_target->workspaceState(), TargetModel::WorkspaceState::Known);
    QCOMPARE(m_target->workspace()->license, WorkspaceLicense::BasicWorkspace);
    QTRY_VERIFY(!context->isBusy());
    QVERIFY(m_fx.received(settingsPath(londonKitchen())).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceContext)
#include "tst_workspacecontext.moc"
