// ExistingCriteriaPanel with a WorkspaceContext against the sandbox: list, settings,
// highlight, detail, template, delete with confirmation.
#include "app/client/apiclient.h"
#include "app/sandbox/sandboxserver.h"
#include "app/workspace/workspacecontext.h"
#include "tests/common/bulkdata.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/targetfixture.h"
#include "ui/criteriadetailview.h"
#include "ui/existingcriteriapanel.h"

#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <memory>

using namespace seqring;
using namespace sandboxtest;

// The existing criteria of a workspace, in the panel.
class TestExistingCriteriaPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsCriteriaAndSettings();
    void highlightsTheGivenCriteria();
    void detailAndTemplate();
    void deleteAsksFirst();
    void basicLicenseSaysWhy();

private:
    void selectRow(int row);
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    test::TargetFixture m_target;
    std::unique_ptr<WorkspaceContext> m_context;
    std::unique_ptr<ExistingCriteriaPanel> m_panel;
};

void TestExistingCriteriaPanel::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_context = std::make_unique<WorkspaceContext>(
        m_client.get(), m_target.start(m_server->apiRoot(), m_server->demoToken()));
    m_context->setLookupDelay(10);
    m_panel = std::make_unique<ExistingCriteriaPanel>(m_context.get());
    m_panel->resize(600, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestExistingCriteriaPanel::cleanup()
{
    m_panel.reset();
    m_context.reset();
    m_target.stop();
    m_client.reset();
    m_server.reset();
}

void TestExistingCriteriaPanel::selectRow(int row)
{
    QTreeWidgetItem *item = m_panel->list()->topLevelItem(row);
    QTest::mouseClick(m_panel->list()->viewport(), Qt::LeftButton, {},
                      m_panel->list()->visualItemRect(item).center());
}

void TestExistingCriteriaPanel::listsCriteriaAndSettings()
{
    QVERIFY(m_panel->settingsText().contains(QLatin1String("Choose a workspace")));
    m_context->target()->setWorkspaceId(londonReception());
    QTRY_COMPARE(m_panel->list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = m_panel->list()->topLevelItem(0);
    QCOMPARE(item->text(ExistingCriteriaPanel::ScheduleColumn),
             QStringLiteral("London Business Hours"));
    QCOMPARE(item->text(ExistingCriteriaPanel::SourceColumn), QStringLiteral("All numbers"));
    QCOMPARE(item->text(ExistingCriteriaPanel::RingColumn), QStringLiteral("Rings"));
    QVERIFY(m_panel->settingsText().contains(QLatin1String("Sequential ring is on")));
    QVERIFY(m_panel->settingsText().contains(QLatin1String("+442071838750")));
    QVERIFY(m_panel->settingsText().contains(QLatin1String("+442071838752")));
    QVERIFY(m_panel->settingsText().contains(QLatin1String("answer confirmation")));
    QCOMPARE(m_panel->highlightedRow(), -1);
}

void TestExistingCriteriaPanel::highlightsTheGivenCriteria()
{
    m_context->target()->setWorkspaceId(londonReception());
    QTRY_COMPARE(m_panel->list()->topLevelItemCount(), 1);
    m_context->refreshCriteria(seededCriteria());
    QTRY_COMPARE(m_panel->highlightedRow(), 0);
    QVERIFY(m_panel->list()->topLevelItem(0)->font(0).bold());
    QVERIFY(m_panel->list()->topLevelItem(0)->text(0).contains(QLatin1String("(new)")));
}

void TestExistingCriteriaPanel::detailAndTemplate()
{
    m_context->target()->setWorkspaceId(londonReception());
    QTRY_COMPARE(m_panel->list()->topLevelItemCount(), 1);
    selectRow(0);
    CriteriaDetailView *detail = m_panel->detailView();
    QTRY_VERIFY(detail->criteria().has_value());
    QCOMPARE(detail->fieldText("detailIdEdit"), seededCriteria());
    QCOMPARE(detail->fieldText("detailCallsFromEdit"), QStringLiteral("Any phone number"));
    QSignalSpy templated(m_panel.get(), &ExistingCriteriaPanel::useAsTemplate);
    QTest::mouseClick(detail->templateButton(), Qt::LeftButton);
    QCOMPARE(templated.size(), 1);
    const auto criteria = templated.first().first().value<Criteria>();
    QCOMPARE(criteria.schedule->name, QStringLiteral("London Business Hours"));
}

void TestExistingCriteriaPanel::deleteAsksFirst()
{
    m_context->target()->setWorkspaceId(londonReception());
    QTRY_COMPARE(m_panel->list()->topLevelItemCount(), 1);
    selectRow(0);
    QTRY_VERIFY(m_panel->detailView()->deleteButton()->isEnabled());
    QTest::mouseClick(m_panel->detailView()->deleteButton(), Qt::LeftButton);
    auto *box = m_panel->findChild<QMessageBox *>(QStringLiteral("deleteCriteriaConfirm"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(seededCriteria()));
    // Cancel first: nothing is deleted.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(QStringLiteral("deleteCriteriaConfirm")));
    QCOMPARE(test::criteriaCount(m_server->data(), londonReception()), 1);
    QTest::mouseClick(m_panel->detailView()->deleteButton(), Qt::LeftButton);
    box = m_panel->findChild<QMessageBox *>(QStringLiteral("deleteCriteriaConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_panel->statusText(), QStringLiteral("The workspace has no criteria yet."));
    QVERIFY(m_server->data()
                .value(QLatin1String("criteria"))
                .toObject()
                .value(londonReception())
                .toArray()
                .isEmpty());
}

void TestExistingCriteriaPanel::basicLicenseSaysWhy()
{
    m_context->target()->setWorkspaceId(londonKitchen());
    QTRY_VERIFY(m_panel->settingsText().contains(
        QLatin1String("sequential ring needs the Professional license")));
    QCOMPARE(m_panel->list()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestExistingCriteriaPanel)
#include "tst_existingcriteriapanel.moc"
