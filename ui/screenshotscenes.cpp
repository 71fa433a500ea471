#include "ui/screenshotscenes.h"

#include "ui/bulk/bulkactions.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/bulkwindow.h"
#include "ui/bulk/matchactions.h"
#include "ui/callactions.h"
#include "ui/criteriadetailview.h"
#include "ui/existingcriteriapanel.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewactions.h"
#include "ui/ringsettingsactions.h"
#include "ui/weekpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>

namespace seqring
{

namespace
{
constexpr int kDeadlineMs = 20000; // the whole scene, look-ups included
constexpr int kSettleMs = 400;     // the last layout and paint before the grab
} // namespace

QStringList ScreenshotScene::names()
{
    return {QStringLiteral("edit"), QStringLiteral("ring-settings"), QStringLiteral("bulk"),
            QStringLiteral("week"), QStringLiteral("match"),         QStringLiteral("overview")};
}

ScreenshotScene *ScreenshotScene::create(const QString &name, MainWindow *window)
{
    if (!names().contains(name))
        return nullptr;
    auto *scene = new ScreenshotScene(window);
    if (name == QLatin1String("edit"))
        scene->addEditSteps();
    else if (name == QLatin1String("ring-settings"))
        scene->addRingSettingsSteps();
    else if (name == QLatin1String("week"))
        scene->addWeekSteps();
    else if (name == QLatin1String("match"))
        scene->addMatchSteps();
    else if (name == QLatin1String("overview"))
        scene->addOverviewSteps();
    else
        scene->addBulkSteps();
    return scene;
}

ScreenshotScene::ScreenshotScene(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("screenshotScene"));
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotScene::poll);
}

void ScreenshotScene::start()
{
    m_clock.start();
    m_stepClock.start();
    m_timer.start();
}

void ScreenshotScene::poll()
{
    while (!m_steps.isEmpty() && m_steps.first().isDue()) {
        const Step step = m_steps.takeFirst();
        m_stepClock.restart();
        step.act();
    }
    if (m_steps.isEmpty()) {
        m_timer.stop();
    } else if (m_clock.elapsed() > kDeadlineMs) {
        m_timer.stop();
        Q_EMIT failed(tr("The screenshot scene stopped waiting for %1.").arg(m_steps.first().what));
    }
}

void ScreenshotScene::addPause(const std::function<QWidget *()> &subject)
{
    m_steps.append({tr("the last paint"), [this] { return m_stepClock.elapsed() > kSettleMs; },
                    [this, subject] { Q_EMIT ready(subject()); }});
}

// The workspace's first criteria loaded with Edit, and its ring toggle switched off.
void ScreenshotScene::addEditSteps()
{
    auto *panel = m_window->findChild<ExistingCriteriaPanel *>();
    QTreeWidget *list = panel->list();
    QPushButton *edit = panel->detailView()->editButton();
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("editModeBar"));
    auto *ring = m_window->findChild<QCheckBox *>(QStringLiteral("ringEnabledCheck"));
    m_steps.append({tr("the existing criteria"), [list] { return list->topLevelItemCount() > 0; },
                    [list] { list->setCurrentItem(list->topLevelItem(0)); }});
    m_steps.append(
        {tr("the criteria read"), [edit] { return edit->isEnabled(); }, [edit] { edit->click(); }});
    m_steps.append(
        {tr("edit mode"), [bar] { return bar->isVisible(); }, [ring] { ring->click(); }});
    addPause([this] { return m_window; });
}

// The Sequential ring settings editor opened on the settings read.
void ScreenshotScene::addRingSettingsSteps()
{
    auto *panel = m_window->findChild<ExistingCriteriaPanel *>();
    auto *open = panel->findChild<QPushButton *>(QStringLiteral("ringSettingsButton"));
    auto *commands = m_window->findChild<RingSettingsActions *>();
    QTreeWidget *list = panel->list();
    m_steps.append({tr("the sequential ring settings"),
                    [list, open] { return list->topLevelItemCount() > 0 && open->isEnabled(); },
                    [open] { open->click(); }});
    m_steps.append({tr("the settings editor"),
                    [commands] { return commands->dialog() && commands->dialog()->isVisible(); },
                    [] {}});
    addPause([commands]() -> QWidget * { return commands->dialog(); });
}

// The bulk window run over the sandbox's workspaces, a created one selected, once the
// window's own look-ups have settled.
void ScreenshotScene::addBulkSteps()
{
    m_steps.append({tr("the window's look-ups"), [this] { return m_stepClock.elapsed() > 1500; },
                    [this] { playBulkRun(m_window->bulkActions()->openWindow()); }});
}

void ScreenshotScene::playBulkRun(BulkWindow *bulk)
{
    BulkTargetsPanel *targets = bulk->targetsPanel();
    targets->setDebounceInterval(0);
    auto *results = targets->findChild<QTreeWidget *>(QStringLiteral("bulkSearchResults"));
    const auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = connect(targets, &BulkTargetsPanel::resultsShown, this, [=] {
        disconnect(*shown);
        targets->findChild<QPushButton *>(QStringLiteral("selectAllResultsButton"))->click();
        targets->findChild<QPushButton *>(QStringLiteral("addSelectedButton"))->click();
        results->clearSelection();
        const auto finished = std::make_shared<QMetaObject::Connection>();
        *finished = connect(bulk, &BulkWindow::runFinished, this, [=] {
            disconnect(*finished);
            auto *table = bulk->findChild<QTreeWidget *>(QStringLiteral("bulkResultsTable"));
            for (int row = 0; row < table->topLevelItemCount(); ++row) {
                if (!table->topLevelItem(row)->text(BulkWindow::CriteriaColumn).isEmpty()) {
                    table->setCurrentItem(table->topLevelItem(row)); // a created one
                    break;
                }
            }
            Q_EMIT ready(bulk);
        });
        bulk->run();
    });
    targets->searchNow();
}

// Make them match from the workspace open in the window, checked over the sandbox's
// workspaces, a plan and its first action selected (MatchActions::playScreenshotScene).
void ScreenshotScene::addMatchSteps()
{
    auto *match = m_window->findChild<MatchActions *>();
    auto *panel = m_window->findChild<ExistingCriteriaPanel *>();
    m_steps.append(
        {tr("the existing criteria"), [panel] { return panel->list()->topLevelItemCount() > 0; },
         [this, match] {
             match->playScreenshotScene([this](QWidget *subject) { Q_EMIT ready(subject); });
         }});
}

} // namespace seqring

namespace seqring
{

// When it rings beside the form: Christmas week, the form's criteria "Business Vacation"
// (holidays) that does not ring in its own lane, a band of the service's criteria selected.
void ScreenshotScene::addWeekSteps()
{
    auto *calls = m_window->findChild<CallActions *>();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("previewTabs"));
    auto *only = m_window->findChild<QCheckBox *>(QStringLiteral("onlyDuringScheduleCheck"));
    auto *name = m_window->findChild<QComboBox *>(QStringLiteral("scheduleNameCombo"));
    auto *type = m_window->findChild<QComboBox *>(QStringLiteral("scheduleTypeCombo"));
    auto *ring = m_window->findChild<QCheckBox *>(QStringLiteral("ringEnabledCheck"));
    m_steps.append({tr("the window"), [] { return true; },
                    [calls, tabs] { tabs->setCurrentWidget(calls->panel()); }});
    m_steps.append({tr("the week read"), [calls] { return calls->data().has_value(); },
                    [calls, only, name, type, ring] {
                        only->click();
                        name->setEditText(QStringLiteral("Business Vacation"));
                        type->setCurrentIndex(type->findData(int(ScheduleType::Holidays)));
                        ring->click();
                        calls->showWeekOf(QDate(2026, 12, 23));
                        calls->panel()->chart()->select(1, 0);
                    }});
    addPause([this] { return m_window; });
}

// The Organization overview once it has read the sandbox's workspaces, the first row
// selected (OverviewActions::playScreenshotScene), after the window's own look-ups.
void ScreenshotScene::addOverviewSteps()
{
    OverviewActions *overview = m_window->overviewActions();
    m_steps.append({tr("the window's look-ups"), [this] { return m_stepClock.elapsed() > 1500; },
                    [this, overview] {
                        overview->playScreenshotScene(
                            [this](QWidget *subject) { Q_EMIT ready(subject); });
                    }});
}

} // namespace seqring
