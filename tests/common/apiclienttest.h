#pragma once

// The base of the ApiClient tests: a fresh in-process sandbox on port 0 and a client for
// each test, a request context for a free professional workspace, and a record of every
// message logged, to prove that no token is ever logged.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/demoworkspace.h"

#include <QLoggingCategory>
#include <QTest>
#include <memory>

namespace seqring::test
{

class ApiClientTest : public QObject
{
protected:
    // For initTestCase: records every message from now on, the request log (off by
    // default) included.
    static void recordMessages()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("seqring.*=true"));
        s_previousHandler = qInstallMessageHandler(recordMessage);
    }
    // For cleanupTestCase: stops recording and fails if a message holds a token of the
    // sandbox or an Authorization header.
    static void verifyNoTokenLogged()
    {
        qInstallMessageHandler(s_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        // The request log was on, so the search below means something.
        QVERIFY(s_httpLines > 0);
        const sandbox::SandboxServer server;
        for (const QString &message : std::as_const(s_messages)) {
            for (const QString &token :
                 {server.demoToken(), server.readOnlyToken(), server.otherOrgToken()}) {
                QVERIFY2(!message.contains(token), qPrintable(message));
                QVERIFY2(!message.contains(QLatin1String("Authorization"), Qt::CaseInsensitive),
                         qPrintable(message));
            }
        }
    }

    // For init: starts the sandbox and the client (Retry-After 1 s waits 10 ms).
    void startSandbox()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        QVERIFY2(m_server->start(0, &error), qPrintable(error));
        m_context.apiRoot = m_server->apiRoot();
        m_context.orgId = m_server->demoOrgId();
        m_context.token = m_server->demoToken();
        m_context.workspaceId = professionalWorkspace(m_server->data(), m_context.orgId);
        QVERIFY(!m_context.workspaceId.isEmpty());
        m_client = std::make_unique<ApiClient>();
        m_client->setRetryDelayScale(0.01); // Retry-After 1 s waits 10 ms
    }
    // For cleanup.
    void stopSandbox()
    {
        m_client.reset();
        m_server.reset();
    }

    // A create of criteria for any phone number, ringing, in m_context.
    HttpRequestSpec createSpec() const
    {
        Criteria criteria;
        criteria.callsFrom = CallsFrom::AnyPhoneNumber;
        criteria.ringEnabled = true;
        return ApiRequests::createCriteria(criteria, m_context);
    }

    RequestContext m_context;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;

private:
    static void recordMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &text)
    {
        s_messages << text;
        if (context.category && qstrcmp(context.category, "seqring.http") == 0)
            ++s_httpLines;
        if (s_previousHandler)
            s_previousHandler(type, context, text);
    }
    static inline QStringList s_messages;
    static inline int s_httpLines = 0;
    static inline QtMessageHandler s_previousHandler = nullptr;
};

} // namespace seqring::test

// In a test of an ApiClientTest: asserts that the sandbox received exactly `spec`, once
// per attempt.
#define VERIFY_RECEIVED_AS_SENT(spec, times)                                                       \
    do {                                                                                           \
        const QList<seqring::sandbox::RecordedRequest> received_ = m_server->receivedRequests();   \
        QCOMPARE(received_.size(), (times));                                                       \
        for (const seqring::sandbox::RecordedRequest &r_ : received_) {                            \
            QCOMPARE(r_.method, (spec).method);                                                    \
            QCOMPARE(r_.path, (spec).url.path());                                                  \
            QCOMPARE(r_.query.queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded),         \
                     m_context.orgId);                                                             \
            QCOMPARE(r_.header("Authorization"), "Bearer " + m_context.token.toUtf8());            \
            QCOMPARE(r_.header("Content-Type"), (spec).header("Content-Type"));                    \
            QCOMPARE(r_.header("TrackingID"), (spec).trackingId.toUtf8());                         \
            QCOMPARE(r_.body, (spec).body);                                                        \
        }                                                                                          \
    } while (false)
