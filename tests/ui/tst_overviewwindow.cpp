// View > Organization overview…, real widgets against the in-process sandbox: the table of
// every workspace as read, the filters and sorting, Cancel while it reads, Export… as JSON
// and CSV, a double-click making a workspace the window's target, and names and mnemonics
// in every language.
#include "app/files/statefile.h"
#include "tests/common/accessibilitycheck.h"
#include "tests/common/windowtest.h"
#include "ui/overview/overviewactions.h"
#include "ui/overview/overviewmodel.h"
#include "ui/overview/overviewwindow.h"
#include "ui/translations.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPointer>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

// Drives the Organization overview as an administrator would.
class TestOverviewWindow : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsEveryWorkspace();
    void filtersAndSorting();
    void cancelWhileReading();
    void exportJsonAndCsv();
    void doubleClickMakesTheTarget();
    void namesAndMnemonics_data();
    void namesAndMnemonics();

private:
    // View > Organization overview…, and the read it starts, to its end.
    OverviewWindow *openOverview();
    QStringList column(int column) const; // the texts of a column as shown
    int rowOf(const QString &name) const;

    OverviewWindow *m_overview = nullptr;
    QTableView *m_table = nullptr;
};

void TestOverviewWindow::init()
{
    QVERIFY(startWindow());
}

void TestOverviewWindow::cleanup()
{
    m_overview = nullptr;
    stopWindow();
}

OverviewWindow *TestOverviewWindow::openOverview()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("organizationOverviewAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    m_overview = waitForShown<OverviewWindow>("overviewWindow");
    if (!m_overview)
        return nullptr;
    m_table = m_overview->findChild<QTableView *>(QStringLiteral("overviewTable"));
    if (!QTest::qWaitFor([this] { return !m_overview->isReading(); }, 10000))
        return nullptr;
    return m_overview;
}

QStringList TestOverviewWindow::column(int column) const
{
    QStringList texts;
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        texts.append(m_table->model()->index(row, column).data().toString());
    return texts;
}

int TestOverviewWindow::rowOf(const QString &name) const
{
    return int(column(OverviewModel::WorkspaceColumn).indexOf(name));
}

void TestOverviewWindow::readsEveryWorkspace()
{
    QVERIFY(openOverview());
    QCOMPARE(
        column(OverviewModel::WorkspaceColumn),
        (QStringList{QStringLiteral("London - Boardroom"), QStringLiteral("London - Kitchen Phone"),
                     QStringLiteral("London - Reception"), QStringLiteral("San Jose - Huddle 2"),
                     QStringLiteral("San Jose - Lobby Phone"),
                     QStringLiteral("San Jose - Training Room")}));
    const int reception = rowOf(QStringLiteral("London - Reception"));
    QAbstractItemModel *rows = m_table->model();
    QCOMPARE(rows->index(reception, OverviewModel::LocationColumn).data().toString(),
             QStringLiteral("London"));
    QCOMPARE(rows->index(reception, OverviewModel::RingColumn).data().toString(),
             QStringLiteral("On"));
    QCOMPARE(rows->index(reception, OverviewModel::NumbersColumn).data().toString(),
             QStringLiteral("2 (1 outside)"));
    QCOMPARE(rows->index(reception, OverviewModel::CriteriaColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(rows->index(reception, OverviewModel::DoNotRingColumn).data().toString(),
             QStringLiteral("0"));
    const int kitchen = rowOf(QStringLiteral("London - Kitchen Phone"));
    QCOMPARE(rows->index(kitchen, OverviewModel::RingColumn).data().toString(),
             QStringLiteral("No license"));
    QCOMPARE(rows->index(kitchen, OverviewModel::CriteriaColumn).data().toString(), QString());
    auto *status = m_overview->findChild<QLabel *>(QStringLiteral("overviewStatus"));
    QCOMPARE(status->text(), QStringLiteral("6 workspaces read, 0 failed."));
    QVERIFY(
        !m_overview->findChild<QProgressBar *>(QStringLiteral("overviewProgress"))->isVisible());
}

void TestOverviewWindow::filtersAndSorting()
{
    QVERIFY(openOverview());
    auto *ringOn = m_overview->findChild<QCheckBox *>(QStringLiteral("overviewRingOnFilter"));
    auto *outside = m_overview->findChild<QCheckBox *>(QStringLiteral("overviewOutsideFilter"));
    auto *name = m_overview->findChild<QLineEdit *>(QStringLiteral("overviewNameFilter"));
    clickToggle(ringOn);
    QCOMPARE(column(OverviewModel::WorkspaceColumn),
             QStringList{QStringLiteral("London - Reception")});
    clickToggle(ringOn);
    clickToggle(outside);
    QCOMPARE(column(OverviewModel::WorkspaceColumn),
             QStringList{QStringLiteral("London - Reception")});
    clickToggle(outside);
    QTest::keyClicks(name, QStringLiteral("SAN j"));
    QCOMPARE(column(OverviewModel::WorkspaceColumn),
             (QStringList{QStringLiteral("San Jose - Huddle 2"),
                          QStringLiteral("San Jose - Lobby Phone"),
                          QStringLiteral("San Jose - Training Room")}));
    name->clear();
    QCOMPARE(m_table->model()->rowCount(), 6);

    // A click on the header of Numbers sorts by the count, then again the other way.
    QHeaderView *header = m_table->horizontalHeader();
    const QPoint numbers(header->sectionViewportPosition(OverviewModel::NumbersColumn) + 10,
                         header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numbers);
    const Qt::SortOrder first = header->sortIndicatorOrder();
    if (first == Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numbers);
    QCOMPARE(header->sortIndicatorSection(), int(OverviewModel::NumbersColumn));
    QCOMPARE(column(OverviewModel::WorkspaceColumn).first(), QStringLiteral("London - Reception"));
}

void TestOverviewWindow::cancelWhileReading()
{
    QVERIFY(openOverview());
    m_fx.server->setLatency(300);
    QSignalSpy finished(m_overview, &OverviewWindow::readFinished);
    auto *again = m_overview->findChild<QPushButton *>(QStringLiteral("overviewReadButton"));
    auto *cancel = m_overview->findChild<QPushButton *>(QStringLiteral("overviewCancelButton"));
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(m_overview->isReading());
    QVERIFY(QTest::qWaitForWindowExposed(cancel) || cancel->isVisible());
    QVERIFY(!again->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    const qsizetype received = m_fx.server->receivedRequests().size();
    QTest::qWait(700);
    QCOMPARE(m_fx.server->receivedRequests().size(), received); // nothing new after Cancel
    QCOMPARE(finished.size(), 1);
    auto *status = m_overview->findChild<QLabel *>(QStringLiteral("overviewStatus"));
    QVERIFY2(status->text().startsWith(QLatin1String("Cancelled")), qPrintable(status->text()));
    QVERIFY(again->isEnabled());
    QVERIFY(!cancel->isVisible());
}

void TestOverviewWindow::exportJsonAndCsv()
{
    QVERIFY(openOverview());
    QTemporaryDir dir;
    for (const QString &file : {QStringLiteral("state.json"), QStringLiteral("summary.csv")}) {
        QTest::mouseClick(
            m_overview->findChild<QPushButton *>(QStringLiteral("overviewExportButton")),
            Qt::LeftButton);
        QPointer<QFileDialog> dialog = waitForShown<QFileDialog>("overviewExportDialog");
        QVERIFY(dialog);
        dialog->selectFile(dir.filePath(file));
        static_cast<QDialog *>(dialog.data())->accept(); // as the Save button does
        QTRY_VERIFY(!dialog);                            // closed and gone
    }
    const Parsed<StateDocument> read =
        StateFileReader::read(dir.filePath(QStringLiteral("state.json")));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->workspaces.size(), 6);
    QCOMPARE(read.value->header.apiRoot, m_fx.server->apiRoot());
    const WorkspaceState &reception = read.value->workspaces.at(0);
    QCOMPARE(reception.id, londonReception());
    QCOMPARE(reception.criteria.size(), 1);
    QCOMPARE(reception.criteria.first().id, seededCriteria());
    QCOMPARE(reception.settings->numbers.size(), 2);

    QFile csv(dir.filePath(QStringLiteral("summary.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith(StateFile::summaryHeader()));
    QCOMPARE(text.count('\n'), 7);
    QVERIFY2(text.contains(",London - Reception,London,true,true,2,1,1,0\r\n"), text.constData());
}

void TestOverviewWindow::doubleClickMakesTheTarget()
{
    QVERIFY(openOverview());
    const int row = rowOf(QStringLiteral("London - Boardroom"));
    const QRect cell = m_table->visualRect(m_table->model()->index(row, 0));
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(m_fx.target->requestContext().workspaceId, kBoardroom);
    QTRY_COMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);
}

void TestOverviewWindow::namesAndMnemonics_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "de", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestOverviewWindow::namesAndMnemonics()
{
    QFETCH(QString, lang);
    QVERIFY(openOverview());
    QCOMPARE(Translations::install(lang), lang);
    const auto backToEnglish = qScopeGuard([] {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    auto *again = m_overview->findChild<QPushButton *>(QStringLiteral("overviewReadButton"));
    if (lang != QLatin1String("en"))
        QVERIFY2(again->text() != QStringLiteral("&Read again"), qPrintable(again->text()));
    const QStringList clashes = mnemonicClashes(m_overview);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QAccessible::setActive(true);
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(m_overview), QStringLiteral("overview"),
                   unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestOverviewWindow)
#include "tst_overviewwindow.moc"
