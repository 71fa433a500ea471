// WriteAccess: read-only administrators from /people/me, and a remembered 403 on a write.
#include "app/client/writeaccess.h"
#include "tests/common/lookupfixture.h"

#include <QSignalSpy>

using namespace seqring;

// What the app can know about a token's right to write.
class TestWriteAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readOnlyRole_data();
    void readOnlyRole();
    void readOnlyAdministratorIsBlocked();
    void fullAdministratorIsNot();
    void forbiddenWriteIsRemembered();
    void licenseRefusalIsAboutTheWorkspace();

private:
    test::LookupFixture m_fx;
};

void TestWriteAccess::init()
{
    QVERIFY(m_fx.start());
}

void TestWriteAccess::cleanup()
{
    m_fx.stop();
}

void TestWriteAccess::readOnlyRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("sandbox") << QStringLiteral("readonly_admin") << true;
    QTest::newRow("role id") << QStringLiteral(
                                    "Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfcmVhZG9ubHlfYWRtaW4")
                             << true;
    QTest::newRow("full admin id")
        << QStringLiteral("Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg") << false;
    QTest::newRow("full_admin") << QStringLiteral("full_admin") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWriteAccess::readOnlyRole()
{
    QFETCH(QString, role);
    QFETCH(bool, readOnly);
    QCOMPARE(WriteAccess::isReadOnlyRole(role), readOnly);
}

void TestWriteAccess::readOnlyAdministratorIsBlocked()
{
    WriteAccess access(m_fx.client.get());
    QSignalSpy changed(&access, &WriteAccess::changed);
    const RequestContext context = m_fx.context(m_fx.server->readOnlyToken());
    access.check(context);
    QVERIFY(changed.wait(5000));
    QVERIFY(access.blockedReason(context).contains(QLatin1String("read-only administrator")));
    QVERIFY(access.blockedReason(m_fx.context()).isEmpty()); // another token
    access.check(context);
    QCOMPARE(m_fx.received(QStringLiteral("/people/me")).size(), 1); // once per token
}

void TestWriteAccess::fullAdministratorIsNot()
{
    WriteAccess access(m_fx.client.get());
    access.check(m_fx.context());
    QTRY_COMPARE(m_fx.received(QStringLiteral("/people/me")).size(), 1);
    QSignalSpy changed(&access, &WriteAccess::changed);
    QVERIFY(!changed.wait(300));
    QVERIFY(access.blockedReason(m_fx.context()).isEmpty());
}

void TestWriteAccess::forbiddenWriteIsRemembered()
{
    WriteAccess access(m_fx.client.get());
    ApiResult result;
    result.method = "POST";
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 403;
    result.error.serverMessage = QStringLiteral("The access token is not authorised.");
    ApiResult read = result;
    read.method = "GET";
    access.noteResult(m_fx.context(), read);
    QVERIFY(access.blockedReason(m_fx.context()).isEmpty()); // a read says nothing
    access.noteResult(m_fx.context(), result);
    QVERIFY(access.blockedReason(m_fx.context()).contains(QLatin1String("403")));
}

void TestWriteAccess::licenseRefusalIsAboutTheWorkspace()
{
    WriteAccess access(m_fx.client.get());
    ApiResult result;
    result.method = "POST";
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 403;
    result.error.serverMessage = QStringLiteral(
        "Workspace \"Kitchen\" does not have the Webex Calling Professional license.");
    access.noteResult(m_fx.context(), result);
    QVERIFY(access.blockedReason(m_fx.context()).isEmpty());
}

QTEST_GUILESS_MAIN(TestWriteAccess)
#include "tst_writeaccess.moc"
