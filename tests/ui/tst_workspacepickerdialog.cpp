// WorkspacePickerDialog against the sandbox: debounce, paging, stale replies, stop, labels.
#include "app/client/apiclient.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"
#include "ui/bulk/workspaceresultsmodel.h"
#include "ui/workspacepickerdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <memory>

using namespace seqring;

// The picker's typing, results and errors.
class TestWorkspacePickerDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingIsDebounced();
    void olderAnswerNeverOverwritesNewer();
    void basicLicenseIsNotSelectable();
    void rowsArriveWithEachPage();
    void rowOfALaterPageIsChosen();
    void stopEndsTheSearch();
    void missingScopeIsSaid();
    void inputsHaveLabels();

private:
    int workspaceQueries(const QString &text) const;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LicenseCatalog> m_licenses;
    std::unique_ptr<LocationCatalog> m_locations;
    std::unique_ptr<WorkspaceDirectory> m_directory;
    std::unique_ptr<WorkspacePickerDialog> m_dialog;
    QString m_token;
};

void TestWorkspacePickerDialog::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_licenses = std::make_unique<LicenseCatalog>(m_client.get());
    m_locations = std::make_unique<LocationCatalog>(m_client.get());
    m_directory =
        std::make_unique<WorkspaceDirectory>(m_client.get(), m_licenses.get(), m_locations.get());
    m_directory->setPageSize(2);
    m_token = m_server->demoToken();
    m_dialog = std::make_unique<WorkspacePickerDialog>(m_directory.get(), [this] {
        RequestContext context;
        context.apiRoot = m_server->apiRoot();
        context.token = m_token;
        return context;
    });
    m_dialog->setDebounceInterval(150);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTRY_COMPARE(m_dialog->resultsModel()->rowCount(), 6); // all, on opening
    // The rows come page by page; the search is over when Stop is off again.
    QTRY_VERIFY(!m_dialog->stopButton()->isEnabled());
}

void TestWorkspacePickerDialog::cleanup()
{
    m_dialog.reset();
    m_directory.reset();
    m_licenses.reset();
    m_locations.reset();
    m_client.reset();
    m_server.reset();
}

int TestWorkspacePickerDialog::workspaceQueries(const QString &text) const
{
    int count = 0;
    for (const auto &request : m_server->receivedRequests()) {
        if (request.path.endsWith(QLatin1String("/v1/workspaces")) &&
            request.query.queryItemValue(QStringLiteral("displayName")) == text &&
            request.query.queryItemValue(QStringLiteral("start")) == QLatin1String("0"))
            ++count;
    }
    return count;
}

void TestWorkspacePickerDialog::typingIsDebounced()
{
    const int before = m_dialog->searchesStarted();
    QSignalSpy shown(m_dialog.get(), &WorkspacePickerDialog::resultsShown);
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("Board"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(m_dialog->searchesStarted(), before + 1);
    QCOMPARE(workspaceQueries(QStringLiteral("B")), 0);
    QCOMPARE(workspaceQueries(QStringLiteral("Boar")), 0);
    QCOMPARE(workspaceQueries(QStringLiteral("Board")), 1);
    QCOMPARE(m_dialog->resultsModel()->rowCount(), 1);
    QCOMPARE(m_dialog->entryAt(0).name, QStringLiteral("London - Boardroom"));
}

void TestWorkspacePickerDialog::olderAnswerNeverOverwritesNewer()
{
    QSignalSpy received(m_server.get(), &sandbox::SandboxServer::requestReceived);
    QSignalSpy dropped(m_directory.get(), &WorkspaceDirectory::staleReplyDropped);
    m_server->setLatency(800);
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("London"));
    QVERIFY(received.wait(5000)); // "London" is at the server, its answer delayed
    m_server->setLatency(0);
    m_dialog->searchEdit()->clear();
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("San Jose"));
    QTRY_COMPARE(m_dialog->resultsModel()->rowCount(), 3);
    // Under load "London"'s answer may come before "San Jose"'s rows: count, do not wait anew.
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
    QCOMPARE(m_dialog->resultsModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(m_dialog->entryAt(row).name.startsWith(QLatin1String("San Jose")));
}

void TestWorkspacePickerDialog::rowsArriveWithEachPage()
{
    // Pages of two: the three London workspaces come as two pages, each shown on arrival
    // (after the first, the rows of the search before are gone), before the search ends.
    QList<int> rowsAtEachPage;
    connect(m_directory.get(), &WorkspaceDirectory::searchPage, this, [this, &rowsAtEachPage] {
        rowsAtEachPage.append(m_dialog->resultsModel()->rowCount());
    });
    QSignalSpy shown(m_dialog.get(), &WorkspacePickerDialog::resultsShown);
    m_dialog->searchEdit()->setText(QStringLiteral("London"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(rowsAtEachPage, (QList<int>{2, 3}));
    QCOMPARE(m_dialog->resultsModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QVERIFY(m_dialog->entryAt(row).name.startsWith(QStringLiteral("London - ")));
    QCOMPARE(m_dialog->resultsModel()->index(2, WorkspacePickerDialog::NameColumn).data(),
             m_dialog->entryAt(2).name);
}

void TestWorkspacePickerDialog::rowOfALaterPageIsChosen()
{
    // An empty search in pages of two: the model grows by one insert per page (rows already
    // shown stay, none is reset), and a row of the last page is clicked and chosen.
    QList<int> insertedAtEachPage;
    WorkspaceResultsModel *model = m_dialog->resultsModel();
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [&insertedAtEachPage](const QModelIndex &, int first, int last) {
                insertedAtEachPage.append(last - first + 1);
            });
    QSignalSpy pages(m_directory.get(), &WorkspaceDirectory::searchPage);
    QSignalSpy shown(m_dialog.get(), &WorkspacePickerDialog::resultsShown);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    m_dialog->searchEdit()->setText(QStringLiteral(" ")); // blank: every workspace
    QVERIFY(shown.wait(5000));
    QCOMPARE(resets.size(), 1); // the first page of the search replaces the rows before
    QCOMPARE(insertedAtEachPage.size(), pages.size());
    QVERIFY(pages.size() >= 3);
    QCOMPARE(model->rowCount(), 6);
    int row = -1;
    for (int candidate = model->rowCount() - 1; candidate >= 2 && row < 0; --candidate) {
        if (m_dialog->entryAt(candidate).selectable())
            row = candidate;
    }
    QVERIFY(row >= 2); // from a page after the first
    QSignalSpy chosen(m_dialog.get(), &WorkspacePickerDialog::workspaceChosen);
    QTreeView *view = m_dialog->resultsView();
    view->scrollTo(model->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(row, 0)).center());
    QVERIFY(view->selectionModel()->isSelected(model->index(row, 0)));
    QVERIFY(m_dialog->chooseButton()->isEnabled());
    QTest::mouseClick(m_dialog->chooseButton(), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().value<WorkspaceEntry>().id, m_dialog->entryAt(row).id);
}

void TestWorkspacePickerDialog::basicLicenseIsNotSelectable()
{
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("Kitchen"));
    QTRY_COMPARE(m_dialog->resultsModel()->rowCount(), 1);
    const WorkspaceResultsModel *model = m_dialog->resultsModel();
    const auto text = [model](int column) { return model->index(0, column).data().toString(); };
    QVERIFY(text(WorkspacePickerDialog::LicenseColumn)
                .contains(QLatin1String("sequential ring needs the Professional license")));
    QCOMPARE(text(WorkspacePickerDialog::LocationColumn), QStringLiteral("London"));
    QCOMPARE(text(WorkspacePickerDialog::CallingColumn), QStringLiteral("Webex Calling"));
    QVERIFY(model->index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Professional license")));
    QTest::mouseClick(m_dialog->resultsView()->viewport(), Qt::LeftButton, {},
                      m_dialog->resultsView()->visualRect(model->index(0, 0)).center());
    QVERIFY(!m_dialog->resultsView()->selectionModel()->isSelected(model->index(0, 0)));
    QVERIFY(!m_dialog->chooseButton()->isEnabled());
}

void TestWorkspacePickerDialog::stopEndsTheSearch()
{
    QSignalSpy received(m_server.get(), &sandbox::SandboxServer::requestReceived);
    m_server->setLatency(3000);
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("Lobby"));
    QVERIFY(received.wait(5000));
    QVERIFY(m_dialog->stopButton()->isEnabled());
    QTest::mouseClick(m_dialog->stopButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->stopButton()->isEnabled());
    QVERIFY(m_dialog->statusText().contains(QLatin1String("stopped")));
    QVERIFY(!m_directory->isBusy());
    m_server->setLatency(0);
}

void TestWorkspacePickerDialog::missingScopeIsSaid()
{
    m_token = QStringLiteral("sandbox-not-a-token");
    QSignalSpy shown(m_dialog.get(), &WorkspacePickerDialog::resultsShown);
    QTest::keyClicks(m_dialog->searchEdit(), QStringLiteral("x"));
    QVERIFY(shown.wait(5000));
    QVERIFY(m_dialog->statusText().contains(QLatin1String("spark-admin:workspaces_read")));
}

void TestWorkspacePickerDialog::inputsHaveLabels()
{
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        if (label->buddy() == m_dialog->searchEdit())
            QVERIFY(label->text().contains(QLatin1Char('&')));
    }
    bool searchLabelled = false, resultsLabelled = false;
    for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
        searchLabelled |= label->buddy() == m_dialog->searchEdit();
        resultsLabelled |= label->buddy() == m_dialog->resultsView();
    }
    QVERIFY(searchLabelled);
    QVERIFY(resultsLabelled);
    QVERIFY(!m_dialog->resultsView()->accessibleName().isEmpty());
}

QTEST_MAIN(TestWorkspacePickerDialog)
#include "tst_workspacepickerdialog.moc"
