#pragma once

// The base of the result dialog tests: one in-process sandbox and client for the test
// case, and creates sent through them for a professional workspace, so that the dialogs
// are fed real ApiResults. Dialogs are shown with show()/open() and never block.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/demoworkspace.h"
#include "tests/common/findchild.h"
#include "ui/results/errordialog.h"
#include "ui/results/resultdialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

namespace seqring::test
{

// Criteria for one selected number.
inline Criteria someCriteria()
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.phoneNumbers = {QStringLiteral("+442071838750")};
    return criteria;
}

class ResultDialogTest : public QObject
{
protected:
    // For initTestCase: starts the sandbox; the client does not retry, so that a 429
    // reaches the dialog.
    void startSandbox()
    {
        QString error;
        QVERIFY2(m_sandbox.start(0, &error), qPrintable(error));
        m_workspaceId = professionalWorkspace(m_sandbox.data(), m_sandbox.demoOrgId());
        QVERIFY(!m_workspaceId.isEmpty());
        m_client.setMaxRetries(0); // let a 429 reach the dialog
        m_client.setTransferTimeout(10000);
    }
    // For init: no faults, nothing received, an empty clipboard.
    void resetSandbox()
    {
        m_sandbox.clearFaults();
        m_sandbox.clearReceivedRequests();
        QApplication::clipboard()->clear();
    }
    // For cleanup: dialogs that a test left open are closed (and so deleted) before the
    // next test.
    static void closeDialogs()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows)
            window->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Sends a create for `m_workspaceId` and waits for its result.
    bool create(ApiResult *result, HttpRequestSpec *sent = nullptr,
                const Criteria &criteria = someCriteria())
    {
        const RequestContext context{m_sandbox.apiRoot(), m_workspaceId, {}, m_sandbox.demoToken()};
        const HttpRequestSpec spec = ApiRequests::createCriteria(criteria, context);
        if (sent)
            *sent = spec;
        CreateCriteriaJob *job = m_client.createCriteria(spec);
        QSignalSpy finished(job, &ApiJob::finished);
        if (!finished.wait(15000) || finished.count() != 1)
            return false;
        *result = finished.first().first().value<ApiResult>();
        return true;
    }
    // The TrackingID of the last request the sandbox received, or empty.
    QString receivedTrackingId() const
    {
        const QList<sandbox::RecordedRequest> received = m_sandbox.receivedRequests();
        return received.isEmpty() ? QString()
                                  : QString::fromUtf8(received.last().header("TrackingID"));
    }

    sandbox::SandboxServer m_sandbox;
    ApiClient m_client;
    QString m_workspaceId;
};

} // namespace seqring::test
