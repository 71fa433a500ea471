// bench_form_window: the start-up baseline with the admin window's first frame and no
// project code. A QMainWindow of the window's default size whose central widget holds the
// same widgets, class by class and in the same number, in the same splitters, scroll area
// and group boxes, with the same kind of text (labels, a create request's headers and
// body); widgetcensus.h counts both, and seqring-bench fails when they differ. It quits at
// the end of its first frame exactly as `seqring-admin --quit-after-first-paint` does
// (app/firstframereport.h); with --census it prints its census instead.
#include "app/program/firstframereport.h"
#include "tests/bench/widgetcensus.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{

QGroupBox *box(const QString &title, QWidget *content)
{
    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

// A row of widgets in a plain QWidget, as the window's panels group a field and its button.
QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, qobject_cast<QLineEdit *>(widget) ? 1 : 0);
    return holder;
}

QWidget *targetPanel()
{
    auto *panel = new QWidget;
    auto *form = new QFormLayout(panel);
    auto *environment = new QComboBox;
    environment->addItems({QStringLiteral("Webex (webexapis.com)"), QStringLiteral("Sandbox"),
                           QStringLiteral("Custom API root")});
    form->addRow(new QLabel(QStringLiteral("&Environment")), environment);
    form->addRow(new QLabel(QStringLiteral("Token")),
                 row({new QLabel(QStringLiteral("Access token from WEBEX_ACCESS_TOKEN")),
                      new QPushButton(QStringLiteral("Set &token…"))}));
    form->addRow(new QLabel(QStringLiteral("API &root")),
                 row({new QLineEdit(QStringLiteral("https://127.0.0.1:1/v1"))}));
    auto *marker = new QLabel;
    marker->setFixedSize(16, 16);
    form->addRow(
        new QLabel(QStringLiteral("&Workspace ID")),
        row({new QLineEdit, marker, new QPushButton(QStringLiteral("C&hoose workspace…"))}));
    form->addRow(new QLabel(QStringLiteral("&Organization ID")), row({new QLineEdit}));
    return panel;
}

QGroupBox *scheduleGroup()
{
    auto *group = new QGroupBox(QStringLiteral("Schedule"));
    auto *form = new QFormLayout(group);
    form->addRow(new QCheckBox(QStringLiteral("Only &during a schedule")));
    auto *name = new QComboBox;
    name->setEditable(true);
    auto *type = new QComboBox;
    type->addItems({QStringLiteral("Business hours"), QStringLiteral("Holidays")});
    form->addRow(new QLabel(QStringLiteral("Schedule &name")), name);
    form->addRow(new QLabel(QStringLiteral("Schedule t&ype")), type);
    form->addRow(new QLabel(QStringLiteral("Level")), new QLabel(QStringLiteral("Location")));
    return group;
}

QWidget *phoneNumbersEditor()
{
    auto *editor = new QWidget;
    auto *grid = new QGridLayout(editor);
    grid->addWidget(new QLabel(QStringLiteral("Add &number")), 0, 0);
    grid->addWidget(new QLineEdit, 0, 1);
    grid->addWidget(new QPushButton(QStringLiteral("&Add")), 0, 2);
    grid->addWidget(new QLabel(QStringLiteral("Numbers")), 1, 0);
    auto *list = new QListView;
    list->setModel(new QStringListModel(list));
    list->setMaximumHeight(42);
    grid->addWidget(list, 1, 1);
    grid->addWidget(new QPushButton(QStringLiteral("&Remove")), 1, 2);
    grid->addWidget(new QLabel(QStringLiteral("0/100")), 2, 0);
    grid->addWidget(new QLabel(QStringLiteral("Default re&gion")), 2, 1);
    auto *region = new QComboBox;
    region->addItems({QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("FR")});
    grid->addWidget(region, 2, 2);
    return editor;
}

QGroupBox *callsFromGroup()
{
    auto *group = new QGroupBox(QStringLiteral("Calls from"));
    auto *layout = new QVBoxLayout(group);
    auto *any = new QRadioButton(QStringLiteral("An&y phone number"));
    any->setChecked(true);
    layout->addWidget(any);
    layout->addWidget(new QRadioButton(QStringLiteral("&Select phone numbers")));
    layout->addWidget(phoneNumbersEditor());
    layout->addWidget(new QCheckBox(QStringLiteral("Any private nu&mber")));
    layout->addWidget(new QCheckBox(QStringLiteral("Any una&vailable number")));
    return group;
}

QWidget *criteriaForm()
{
    auto *form = new QWidget;
    auto *layout = new QVBoxLayout(form);
    layout->addWidget(scheduleGroup());
    layout->addWidget(callsFromGroup());
    auto *ring = new QCheckBox(QStringLiteral("R&ing the numbers of this criteria"));
    ring->setChecked(true);
    layout->addWidget(ring);
    layout->addWidget(new QLabel(QStringLiteral(
        "Calls that match ring the sequential ring numbers; others ring the workspace only.")));
    return form;
}

const char kHeaders[] = "Authorization: Bearer ••••••••  (hidden)\n"
                        "Content-Type: application/json\n"
                        "Accept: application/json\n"
                        "TrackingID: SEQRING_5d0c6f1e-3c55-4a8f-9d0e-1b6f5c2a7e91";
const char kBody[] = "{\n"
                     "    \"callsFrom\": \"ANY_PHONE_NUMBER\",\n"
                     "    \"anonymousCallersEnabled\": false,\n"
                     "    \"unavailableCallersEnabled\": false,\n"
                     "    \"ringEnabled\": true\n"
                     "}\n";

// A read-only code view as the preview makes them: monospace, no wrap.
QPlainTextEdit *codeView(const char *text)
{
    auto *view = new QPlainTextEdit(QString::fromUtf8(text));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QWidget *requestPreview()
{
    auto *preview = new QWidget;
    auto *layout = new QVBoxLayout(preview);
    auto *stack = new QStackedWidget;
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(QStringLiteral("Request")), 0, 0);
    auto *method = new QLabel(QStringLiteral("POST"));
    method->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *url = new QLineEdit(
        QStringLiteral("https://127.0.0.1:1/v1/telephony/config/workspaces/"
                       "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlh/sequentialRing/criteria"));
    url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(method);
    urlRow->addWidget(url, 1);
    grid->addLayout(urlRow, 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("Headers")), 1, 0);
    auto *headers = codeView(kHeaders);
    headers->setMaximumHeight(headers->fontMetrics().lineSpacing() * 6 + 2 * headers->frameWidth() +
                              8);
    grid->addWidget(headers, 1, 1);
    grid->addWidget(new QPushButton(QStringLiteral("Show to&ken")), 2, 0);
    grid->addWidget(new QLabel(QStringLiteral("Body")), 3, 0);
    grid->addWidget(codeView(kBody), 3, 1);
    grid->setRowStretch(3, 1);
    stack->addWidget(page);
    layout->addWidget(stack, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QPushButton(QStringLiteral("Copy as c&url")));
    buttons->addWidget(new QPushButton(QStringLiteral("Copy &JSON")));
    buttons->addWidget(new QLabel(QStringLiteral("The request is complete.")), 1);
    layout->addLayout(buttons);
    return preview;
}

// The second tab, When it rings: the week's heading, its three buttons, the chart and two
// notes (hidden behind the preview's tab at the first frame, as in the window).
QWidget *weekPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(row({new QLabel(QStringLiteral("Week of 7 December 2026")),
                           new QPushButton(QStringLiteral("&Previous week")),
                           new QPushButton(QStringLiteral("T&his week")),
                           new QPushButton(QStringLiteral("&Next week"))}));
    layout->addWidget(new QWidget, 1);
    layout->addWidget(new QLabel(QStringLiteral("Choose a workspace to see its week.")));
    layout->addWidget(new QLabel);
    return page;
}

QWidget *existingPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QGridLayout(panel);
    layout->addWidget(new QLabel(QStringLiteral("Sequential ring: not read yet")), 0, 0, 1, 3);
    layout->addWidget(new QLabel(QStringLiteral("Criteria of the workspace")), 1, 0, 1, 3);
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels(
        {QStringLiteral("Schedule"), QStringLiteral("Calls from"), QStringLiteral("Rings")});
    tree->setRootIsDecorated(false);
    layout->addWidget(tree, 2, 0, 1, 3);
    layout->addWidget(new QLabel(QStringLiteral("Choose a workspace to see its criteria.")), 3, 0);
    layout->addWidget(new QPushButton(QStringLiteral("Re&fresh")), 3, 1);
    layout->addWidget(new QPushButton(QStringLiteral("Sto&p")), 3, 2);
    layout->addWidget(new QPushButton(QStringLiteral("Sequential ring settin&gs…")), 4, 0);
    layout->addWidget(new QPushButton(QStringLiteral("Copy to other workspaces…")), 4, 1, 1, 2);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(new QLabel(QStringLiteral("Select a criteria to see it in full.")));
    layout->addWidget(detail, 5, 0, 1, 3);
    return panel;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Sequential ring admin"));
    for (const QString &title : {QStringLiteral("&File"), QStringLiteral("&Edit"),
                                 QStringLiteral("&View"), QStringLiteral("&Help")})
        window.menuBar()->addMenu(title)->addAction(QStringLiteral("Quit"));
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Ready.")), 1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(box(QStringLiteral("Target"), targetPanel()));
    leftLayout->addWidget(box(QStringLiteral("Criteria"), criteriaForm()));
    auto *problems = new QListWidget;
    problems->setMinimumHeight(70);
    problems->addItem(QStringLiteral("Choose a workspace (Workspace ID)."));
    leftLayout->addWidget(box(QStringLiteral("Problems"), problems), 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *right = new QSplitter(Qt::Vertical);
    // The request preview and When it rings as tabs, as in the window (ui/windowlayout.cpp).
    auto *tabs = new QTabWidget;
    auto *previewPage = new QWidget; // the preview, and the edit's changes under it
    (new QVBoxLayout(previewPage))->addWidget(requestPreview());
    tabs->addTab(previewPage, QStringLiteral("Request preview"));
    tabs->addTab(weekPage(), QStringLiteral("When it rings"));
    right->addWidget(tabs);
    // The existing criteria scroll in their own area, as in the window (ui/windowlayout.cpp).
    auto *existingScroll = new QScrollArea;
    existingScroll->setWidget(box(QStringLiteral("Existing criteria"), existingPanel()));
    existingScroll->setWidgetResizable(true);
    existingScroll->setFrameShape(QFrame::NoFrame);
    right->addWidget(existingScroll);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(splitter, 1);
    centralLayout->addWidget(row({new QPushButton(QStringLiteral("&Create criteria")),
                                  new QLabel(QStringLiteral("Nothing sent yet."))}));
    window.setCentralWidget(central);
    window.resize(1180, 760); // MainWindow's default size
    window.show();
    if (QCoreApplication::arguments().contains(QStringLiteral("--census")))
        new seqring::bench::CensusReport(&window);
    else
        new seqring::FirstFrameReport(&window);
    return app.exec();
}
