// bench_edit: the cost of one edit (validate, build the request, render the preview) and
// of a 10,000-line paste into the phone numbers editor, as Qt Test benchmarks. Each data
// row is one run, so one process gives the driver (seqring-bench) eleven figures.
#include "app/client/apirequests.h"
#include "models/criteriamodel.h"
#include "tests/common/previewtext.h"
#include "ui/criteriaform.h"
#include "ui/phonenumberseditor.h"
#include "ui/requestpreview.h"

#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

namespace
{

constexpr int kRuns = 11;

// Twelve valid London numbers; `variant` changes the last one to a number not used
// before, so every edit parses one new number, as typing one does.
QStringList twelveNumbers(int variant)
{
    QStringList numbers;
    for (int i = 0; i < 11; ++i)
        numbers.append(QStringLiteral("+44 20 7946 %1").arg(100 + i, 4, 10, QLatin1Char('0')));
    numbers.append(QStringLiteral("+44 20 %1").arg(70000000 + variant));
    return numbers;
}

// As in the window: one tracking ID until the next create.
const QString kTrackingId = QStringLiteral("SEQRING-ADMIN_bench-edit");

void fillCriteria(CriteriaModel &model)
{
    model.setDefaultRegion(QStringLiteral("GB"));
    model.setHasSchedule(true);
    model.setScheduleName(QStringLiteral("London Business Hours"));
    model.setScheduleType(ScheduleType::BusinessHours);
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    model.phoneNumbers()->setTyped(twelveNumbers(0));
}

// Where the benchmark's requests go: a fixed target, with a stand-in token.
RequestContext contextOf(const CriteriaModel &)
{
    RequestContext context;
    context.apiRoot = kWebexApiRoot;
    context.workspaceId = QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
    context.token = QStringLiteral("bench-token");
    return context;
}

void addRuns()
{
    QTest::addColumn<int>("run");
    for (int run = 1; run <= kRuns; ++run)
        QTest::addRow("run %d", run) << run;
}

} // namespace

class BenchEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void edit_data() { addRuns(); }
    void edit();
    void editModelOnly_data() { addRuns(); }
    void editModelOnly();
    void previewOnly_data() { addRuns(); }
    void previewOnly();
    void paste_data() { addRuns(); }
    void paste();
};

// One edit as the window handles it: the model changes (the 12th number), re-validates
// (the bound form follows it), the create request is built from it, the preview shows
// it, and the event loop runs once, so everything the edit changed is painted.
void BenchEdit::edit()
{
    CriteriaModel model;
    fillCriteria(model);
    QWidget host;
    auto *layout = new QHBoxLayout(&host);
    auto *form = new CriteriaForm(&model, &host);
    auto *preview = new RequestPreview(&host);
    layout->addWidget(form);
    layout->addWidget(preview);
    host.resize(1180, 760);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    const RequestContext context = contextOf(model);
    int variant = 0;
    QBENCHMARK
    {
        model.phoneNumbers()->setTyped(twelveNumbers(++variant));
        if (model.hasErrors())
            QFAIL("the benchmark criteria should be valid");
        preview->setRequest(ApiRequests::createCriteria(model.criteria(), context, kTrackingId));
        QCoreApplication::processEvents();
    }
    QCOMPARE(model.phoneNumbers()->rowCount(), 12);
    QVERIFY(test::previewBody(preview).contains(QStringLiteral("London Business Hours")));
}

// The first half of edit(), to tell the costs apart: the model changes and re-validates
// and the request is built, with no widget bound.
void BenchEdit::editModelOnly()
{
    CriteriaModel model;
    fillCriteria(model);
    const RequestContext context = contextOf(model);
    int variant = 0;
    HttpRequestSpec spec;
    QBENCHMARK
    {
        model.phoneNumbers()->setTyped(twelveNumbers(++variant));
        spec = ApiRequests::createCriteria(model.criteria(), context, kTrackingId);
    }
    QVERIFY(!model.hasErrors());
    QVERIFY(spec.body.contains("London Business Hours"));
}

// The second half: the preview shows a request that differs from the one before (the
// 12th number) and the event loop paints what changed.
void BenchEdit::previewOnly()
{
    CriteriaModel model;
    fillCriteria(model);
    const RequestContext context = contextOf(model);
    const HttpRequestSpec first =
        ApiRequests::createCriteria(model.criteria(), context, kTrackingId);
    model.phoneNumbers()->setTyped(twelveNumbers(1));
    const HttpRequestSpec second =
        ApiRequests::createCriteria(model.criteria(), context, kTrackingId);
    RequestPreview preview;
    preview.resize(590, 760);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    int variant = 0;
    QBENCHMARK
    {
        preview.setRequest(++variant % 2 ? second : first);
        QCoreApplication::processEvents();
    }
    QVERIFY(test::previewBody(&preview).contains(QStringLiteral("London Business Hours")));
}

// 10,000 pasted lines: the first 12 are taken, the rest refused with one message, and
// the event loop is back within the measured time (the views have caught up).
void BenchEdit::paste()
{
    CriteriaModel model;
    fillCriteria(model);
    model.phoneNumbers()->clear();
    PhoneNumbersEditor editor(&model);
    editor.resize(500, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy messages(&editor, &PhoneNumbersEditor::messageChanged);

    QStringList lines;
    lines.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        lines.append(QStringLiteral("+1 415 555 %1").arg(i % 10000, 4, 10, QLatin1Char('0')));
    const QString text = lines.join(QLatin1Char('\n'));

    QBENCHMARK_ONCE
    {
        editor.pasteNumbers(text);
        QCoreApplication::processEvents();
        editor.repaint();
    }
    QCOMPARE(model.phoneNumbers()->rowCount(), 12);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!editor.message().isEmpty());
}

QTEST_MAIN(BenchEdit)
#include "bench_edit.moc"
