// The bulk window, real widgets against the in-process sandbox: select 3 of 5 workspaces,
// see the verdicts of Check and each workspace's request, run with a create refused, see the
// results, export them, retry the failed; Pause, Resume and Cancel; the 429 countdown; names
// and mnemonics in every language.
#include "app/files/bulkrunrecord.h"
#include "app/files/csvtable.h"
#include "tests/common/accessibilitycheck.h"
#include "tests/common/bulkdata.h"
#include "tests/common/windowtest.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/bulkwindow.h"
#include "ui/translations.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

// Drives Apply to several workspaces… in the admin window as an administrator would.
class TestBulkWindow : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void selectThreeOfFiveCheckRunExportRetry();
    void pauseResumeCancel();
    void rateLimitCountdown();
    void namesAndMnemonics_data();
    void namesAndMnemonics();

private:
    BulkWindow *openBulk();
    // Types in the search and waits for `rows` results.
    bool search(const QString &text, int rows);
    void ctrlClickRow(QTreeWidget *view, int row);
    void click(const char *name);
    bool waitRun();
    QTreeWidget *results() const;

    QTemporaryDir m_data;
    BulkWindow *m_bulk = nullptr;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestBulkWindow::init()
{
    QVERIFY(startWindow());
    QVERIFY(m_fx.server->generateWorkspaces(5));
    m_fx.find<BulkActions>()->controller()->setJournalFolder(m_data.path());
}

void TestBulkWindow::cleanup()
{
    m_finished.reset();
    m_bulk = nullptr;
    stopWindow();
    QDir(m_data.path()).removeRecursively();
    QDir().mkpath(m_data.path());
}

BulkWindow *TestBulkWindow::openBulk()
{
    // Edit > Apply to several workspaces…, by its shortcut.
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    m_bulk = waitForShown<BulkWindow>("bulkWindow");
    if (!m_bulk)
        return nullptr;
    m_bulk->targetsPanel()->setDebounceInterval(20);
    m_bulk->setCountdownInterval(1000);
    m_finished = std::make_unique<QSignalSpy>(m_bulk, &BulkWindow::runFinished);
    return m_bulk;
}

bool TestBulkWindow::search(const QString &text, int rows)
{
    auto *edit = m_bulk->findChild<QLineEdit *>(QStringLiteral("bulkSearchEdit"));
    edit->clear();
    QTest::keyClicks(edit, text);
    auto *view = m_bulk->findChild<QTreeWidget *>(QStringLiteral("bulkSearchResults"));
    return QTest::qWaitFor([&] { return view->topLevelItemCount() == rows; }, 10000);
}

void TestBulkWindow::ctrlClickRow(QTreeWidget *view, int row)
{
    const QRect rect = view->visualItemRect(view->topLevelItem(row));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
}

void TestBulkWindow::click(const char *name)
{
    auto *button = m_bulk->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestBulkWindow::waitRun()
{
    const bool done = !m_finished->isEmpty() || m_finished->wait(20000);
    m_finished->clear();
    return done;
}

QTreeWidget *TestBulkWindow::results() const
{
    return m_bulk->findChild<QTreeWidget *>(QStringLiteral("bulkResultsTable"));
}

void TestBulkWindow::selectThreeOfFiveCheckRunExportRetry()
{
    QVERIFY(openBulk());
    QVERIFY(search(QStringLiteral("Bulk Workspace"), 5));
    const QStringList ids = generatedWorkspaceIds(m_fx.server->data());
    QCOMPARE(ids.size(), 5);
    auto *found = m_bulk->findChild<QTreeWidget *>(QStringLiteral("bulkSearchResults"));
    for (int row : {0, 2, 4})
        ctrlClickRow(found, row);
    QCOMPARE(found->selectedItems().size(), 3);
    click("addSelectedButton");
    auto *targets = m_bulk->findChild<QTreeWidget *>(QStringLiteral("bulkTargetsView"));
    QCOMPARE(targets->topLevelItemCount(), 3);
    const QStringList chosen{ids.at(0), ids.at(2), ids.at(4)};

    // Check: the verdicts, and nothing sent.
    click("bulkCheckButton");
    QVERIFY(waitRun());
    QCOMPARE(results()->topLevelItemCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(results()->topLevelItem(row)->text(BulkWindow::ResultColumn),
                 QStringLiteral("Would be created"));
    QCOMPARE(posts().size(), 0);
    // A row's exact request in the preview.
    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
                      results()->visualItemRect(results()->topLevelItem(1)).center());
    auto *bulkPreview = m_bulk->findChild<RequestPreview *>(QStringLiteral("bulkRequestPreview"));
    const QString rowId = m_fx.find<BulkActions>()->controller()->outcomes().at(1).workspaceId;
    QVERIFY(chosen.contains(rowId));
    QCOMPARE(bulkPreview->request().method, QByteArray("POST"));
    QVERIFY(bulkPreview->request().url.path().contains(rowId));
    QCOMPARE(bulkPreview->request().body, CriteriaJson::toJson(model()->criteria()));
    // The method is read whole at once, not cut to its first letter until the next layout.
    auto *method = bulkPreview->findChild<QLabel *>(QStringLiteral("previewMethod"));
    QCOMPARE(method->text(), QStringLiteral("POST"));
    QVERIFY2(method->isVisible() && method->contentsRect().width() >=
                                        method->fontMetrics().horizontalAdvance(method->text()),
             qPrintable(QString::number(method->width())));

    // Run, with one create refused (403): two created, one failed.
    m_fx.server->setFaultsOnCreatesOnly(true);
    m_fx.server->forceStatus(403, 1);
    click("bulkRunButton");
    QVERIFY(waitRun());
    QCOMPARE(results()->topLevelItemCount(), 3);
    QStringList shown;
    for (int row = 0; row < 3; ++row)
        shown << results()->topLevelItem(row)->text(BulkWindow::ResultColumn) + QLatin1Char('/') +
                     results()->topLevelItem(row)->text(BulkWindow::StatusColumn);
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("Created/201"), QStringLiteral("Created/201"),
                                 QStringLiteral("Failed/403")}));
    QVERIFY(m_bulk->findChild<QLabel *>(QStringLiteral("bulkProgressText"))
                ->text()
                .startsWith(QLatin1String("2 done, 1 failed, 0 skipped, 0 remaining")));
    QCOMPARE(m_bulk->findChild<QProgressBar *>(QStringLiteral("bulkProgressBar"))->value(), 3);
    QJsonObject doc = m_fx.server->data();
    int withCriteria = 0;
    for (const QString &id : chosen)
        withCriteria += criteriaCount(doc, id);
    QCOMPARE(withCriteria, 2);
    QCOMPARE(criteriaCount(doc, ids.at(1)), 0); // not chosen, not touched
    QCOMPARE(criteriaCount(doc, ids.at(3)), 0);

    // Export results…: the CLI's report header and writer.
    click("exportResultsButton");
    auto *dialog = waitForShown<QFileDialog>("exportResultsDialog");
    QVERIFY(dialog);
    const QString csv = m_data.filePath(QStringLiteral("results.csv"));
    dialog->selectFile(csv);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    QString error;
    QVERIFY2(CsvTable::parse(file.readAll(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first(), BulkOutcome::reportHeader());
    QStringList exported;
    for (const QStringList &row : rows.mid(1))
        exported << row.at(2);
    exported.sort();
    QCOMPARE(exported, (QStringList{QStringLiteral("created"), QStringLiteral("created"),
                                    QStringLiteral("failed")}));

    // Retry failed: only the one not created is sent again.
    const int sentBefore = int(posts().size());
    QCOMPARE(sentBefore, 3);
    click("retryFailedButton");
    QVERIFY(waitRun());
    QCOMPARE(posts().size(), sentBefore + 1);
    QCOMPARE(results()->topLevelItemCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(results()->topLevelItem(row)->text(BulkWindow::ResultColumn),
                 QStringLiteral("Created"));
    doc = m_fx.server->data();
    for (const QString &id : chosen)
        QCOMPARE(criteriaCount(doc, id), 1);
    QVERIFY(!m_bulk->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());

    // The journal, in the data folder: the run's record, ended.
    const QStringList journals =
        QDir(m_data.path()).entryList({QStringLiteral("run-*.jsonl")}, QDir::Files);
    QCOMPARE(journals.size(), 1);
    BulkRunRecord record;
    QVERIFY2(BulkRunRecord::read(QDir(m_data.path()).filePath(journals.first()), &record, &error),
             qPrintable(error));
    QVERIFY(record.ended);
    QCOMPARE(record.targets.size(), 3);
    QVERIFY(m_fx.find<BulkActions>()->controller()->unfinishedJournal().isEmpty());
}

void TestBulkWindow::pauseResumeCancel()
{
    QVERIFY(openBulk());
    QVERIFY(search(QStringLiteral("Bulk Workspace"), 5));
    click("selectAllResultsButton");
    click("addSelectedButton");
    auto *concurrency = m_bulk->findChild<QSpinBox *>(QStringLiteral("concurrencySpin"));
    QCOMPARE(concurrency->value(), 4);
    QCOMPARE(concurrency->maximum(), 10);
    concurrency->setValue(1);
    m_fx.server->setLatency(40);
    click("bulkRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(results()->topLevelItemCount() >= 1, 10000);
    click("bulkPauseButton");
    auto *resume = m_bulk->findChild<QPushButton *>(QStringLiteral("bulkResumeButton"));
    QVERIFY(resume->isEnabled());
    QVERIFY(!m_bulk->findChild<QPushButton *>(QStringLiteral("bulkPauseButton"))->isEnabled());
    QTest::qWait(300); // the request in flight is answered, then nothing more
    const int held = results()->topLevelItemCount();
    const qsizetype received = m_fx.server->receivedRequests().size();
    QTest::qWait(300);
    QCOMPARE(results()->topLevelItemCount(), held);
    QCOMPARE(m_fx.server->receivedRequests().size(), received);
    QVERIFY(held < 5);
    click("bulkResumeButton");
    QTRY_VERIFY_WITH_TIMEOUT(results()->topLevelItemCount() > held, 10000);
    click("bulkCancelButton");
    QVERIFY(waitRun());
    QCOMPARE(results()->topLevelItemCount(), 5);
    int created = 0;
    int notSent = 0;
    for (int row = 0; row < 5; ++row) {
        const QString result = results()->topLevelItem(row)->text(BulkWindow::ResultColumn);
        created += result == QLatin1String("Created") ? 1 : 0;
        notSent += results()
                           ->topLevelItem(row)
                           ->text(BulkWindow::MessageColumn)
                           .startsWith(QLatin1String("Not sent"))
                       ? 1
                       : 0;
    }
    QVERIFY(created >= 2);
    QCOMPARE(created + notSent, 5);
    QVERIFY(notSent > 0);
    QCOMPARE(int(posts().size()), created);
    QVERIFY(m_bulk->findChild<QPushButton *>(QStringLiteral("retryFailedButton"))->isEnabled());
}

void TestBulkWindow::rateLimitCountdown()
{
    QVERIFY(openBulk());
    QVERIFY(search(QStringLiteral("Bulk Workspace 00"), 5));
    click("selectAllResultsButton");
    click("addSelectedButton");
    m_fx.server->setFaultsOnCreatesOnly(true);
    m_fx.server->forceStatus(429, 1, "60"); // 60 s, scaled by the test's 0.02: 1.2 s
    auto *countdown = m_bulk->findChild<QLabel *>(QStringLiteral("bulkCountdownText"));
    click("bulkRunButton");
    QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 10000);
    QCOMPARE(countdown->text(), QStringLiteral("Rate limited: every request waits 2 s."));
    QVERIFY(waitRun());
    QVERIFY(!countdown->isVisible());
    for (int row = 0; row < 5; ++row)
        QCOMPARE(results()->topLevelItem(row)->text(BulkWindow::ResultColumn),
                 QStringLiteral("Created"));
}

void TestBulkWindow::namesAndMnemonics_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "de", "fr", "ja"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

void TestBulkWindow::namesAndMnemonics()
{
    QFETCH(QString, lang);
    QVERIFY(openBulk());
    QVERIFY(search(QStringLiteral("Bulk Workspace"), 5));
    QCOMPARE(Translations::install(lang), lang);
    const auto backToEnglish = qScopeGuard([] {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    auto *run = m_bulk->findChild<QPushButton *>(QStringLiteral("bulkRunButton"));
    if (lang != QLatin1String("en"))
        QVERIFY2(run->text() != QLatin1String("&Run"), qPrintable(run->text()));
    const QStringList clashes = mnemonicClashes(m_bulk);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QAccessible::setActive(true);
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(m_bulk), QStringLiteral("bulk"), unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestBulkWindow)
#include "tst_bulkwindow.moc"
