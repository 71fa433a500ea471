#include "ui/callactions.h"

#include "app/workspace/editcontroller.h"
#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacecontext.h"
#include "models/callcomparison.h"
#include "models/criteriamodel.h"
#include "models/localclock.h"
#include "ui/calltestdialog.h"
#include "ui/weekpanel.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>

namespace seqring
{

namespace
{
QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

CallActions::CallActions(const Services &services, WeekPanel *panel, QMainWindow *window)
    : QObject(window), m_services(services), m_panel(panel), m_window(window),
      m_weekReader(new CallScenarioReader(services.client, this)),
      m_testReader(new CallScenarioReader(services.client, this)), m_test(new QAction(this))
{
    setObjectName(QStringLiteral("callActions"));
    m_test->setObjectName(QStringLiteral("testCallAction"));
    m_test->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_test->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_test);
    connect(m_test, &QAction::triggered, this, &CallActions::openTester);
    connect(m_weekReader, &CallScenarioReader::finished, this, &CallActions::onWeekRead);
    connect(m_testReader, &CallScenarioReader::finished, this, &CallActions::onTestRead);
    TargetModel *target = services.target;
    connect(target, &TargetModel::workspaceStateChanged, this, &CallActions::onWorkspace);
    connect(target, &TargetModel::targetChanged, this, &CallActions::onWorkspace);
    // The criteria were read again (after a create, a save or a delete): so is the week.
    connect(services.context, &WorkspaceContext::settingsChanged, this, [this] {
        if (m_data && m_services.context->settings() && !m_weekReader->isBusy())
            readWhenShown();
    });
    connect(services.model, &CriteriaModel::validationChanged, this, &CallActions::updateFormLane);
    connect(services.editor, &EditController::modeChanged, this, &CallActions::updateFormLane);
    connect(panel, &WeekPanel::previousWeek, this, [this] { moveWeek(-1); });
    connect(panel, &WeekPanel::nextWeek, this, [this] { moveWeek(1); });
    connect(panel, &WeekPanel::thisWeek, this, [this] { moveWeek(0); });
    window->installEventFilter(this);
    panel->installEventFilter(this);
    m_monday = mondayOf(nowAtLocation().date());
    retranslate();
    onWorkspace();
}

CallTestDialog *CallActions::dialog() const
{
    return m_dialog;
}

QDateTime CallActions::nowAtLocation() const
{
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    if (m_data && !m_data->timeZone.isEmpty()) {
        const LocalClockTime at = LocalClock::at(utc, m_data->timeZone);
        if (at.local.isValid())
            return at.local;
    }
    return LocalClock::wall(utc.date(), utc.time());
}

void CallActions::onWorkspace()
{
    const auto entry = m_services.target->workspace();
    if (m_services.target->workspaceState() != TargetModel::WorkspaceState::Known || !entry) {
        m_weekReader->cancel();
        m_data.reset();
        m_panel->setReading(false);
        showWeek();
        return;
    }
    if (m_data && m_data->workspaceId == entry->id && !m_weekReader->isBusy())
        return; // read already (a change of state that keeps the workspace)
    m_data.reset();
    showWeek();
    readWhenShown();
}

void CallActions::readWhenShown()
{
    if (m_panel->isVisible())
        readWeek();
    else
        m_stale = true; // read when the week is shown
}

void CallActions::readWeek()
{
    if (m_services.target->workspaceState() != TargetModel::WorkspaceState::Known)
        return;
    m_stale = false;
    m_panel->setReading(true);
    m_weekReader->read(m_services.target->requestContext());
}

void CallActions::onWeekRead(const CallScenarioData &data)
{
    m_panel->setReading(false);
    const auto entry = m_services.target->workspace();
    if (!entry || entry->id != data.workspaceId)
        return; // for a workspace no longer the target
    const bool first = !m_data || m_data->timeZone != data.timeZone;
    if (!data.error.isEmpty()) {
        m_data.reset();
        m_panel->chart()->setWeek({});
        m_panel->chart()->setFormLane(std::nullopt);
        m_panel->chart()->setMessage(data.error);
        m_panel->setNotes({data.error});
        Q_EMIT weekRead();
        return;
    }
    m_data = data;
    if (first)
        m_monday = mondayOf(nowAtLocation().date());
    showWeek();
    if (m_dialog)
        m_dialog->setLocation(data.locationName, data.timeZone, nowAtLocation());
    Q_EMIT weekRead();
}

void CallActions::showWeek()
{
    WeekChart *chart = m_panel->chart();
    if (!m_data) {
        chart->setWeek({});
        chart->setFormLane(std::nullopt);
        chart->setMessage(m_services.target->workspaceState() == TargetModel::WorkspaceState::Known
                              ? tr("Reading the workspace's criteria and schedules…")
                              : tr("Choose a workspace to see when its calls ring."));
        m_panel->setHeading(QDate(), QString(), QString());
        m_panel->setNotes({});
        return;
    }
    const WeekView week = CallRules::weekBands(m_data->criteria, m_data->schedules, m_monday);
    chart->setMessage(QString());
    chart->setWeek(week);
    chart->setNow(nowAtLocation());
    m_panel->setHeading(m_monday, m_data->locationName, m_data->timeZone);
    m_panel->setNotes(m_data->warnings + week.warnings);
    updateFormLane();
}

void CallActions::updateFormLane()
{
    if (!m_data) {
        m_panel->chart()->setFormLane(std::nullopt);
        return;
    }
    const ExistingCriteria form{CallComparison::formId(), m_services.model->criteria()};
    const WeekView week = CallRules::weekBands({form}, m_data->schedules, m_monday);
    m_panel->chart()->setFormLane(week.lanes.value(0));
}

void CallActions::moveWeek(int weeks)
{
    m_monday = weeks == 0 ? mondayOf(nowAtLocation().date()) : m_monday.addDays(7 * weeks);
    if (m_data)
        showWeek();
    readWeek();
}

void CallActions::showWeekOf(QDate date)
{
    m_monday = mondayOf(date);
    showWeek();
}

void CallActions::openTester()
{
    if (!m_dialog) {
        m_dialog = new CallTestDialog(m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &CallTestDialog::testRequested, this, &CallActions::test);
        if (m_data)
            m_dialog->setLocation(m_data->locationName, m_data->timeZone, nowAtLocation());
        else if (!m_weekReader->isBusy())
            readWeek(); // for the location's zone and time now
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void CallActions::test()
{
    if (!m_dialog)
        return;
    const Parsed<Caller> caller = m_dialog->caller(m_services.model->defaultRegion());
    if (!caller.ok()) {
        m_dialog->setProblem(caller.error);
        return;
    }
    if (m_services.target->workspaceState() != TargetModel::WorkspaceState::Known) {
        m_dialog->setProblem(tr("No workspace is chosen: choose one (Edit > Choose workspace…), "
                                "then test the call again."));
        return;
    }
    m_pendingCaller = *caller.value;
    m_dialog->setBusy(true);
    m_testReader->read(m_services.target->requestContext());
}

void CallActions::onTestRead(const CallScenarioData &data)
{
    if (!m_dialog || !m_pendingCaller)
        return;
    if (!data.error.isEmpty()) {
        m_dialog->setProblem(data.error);
        return;
    }
    CallScenario scenario;
    scenario.settings = data.settings;
    scenario.criteria = data.criteria;
    scenario.schedules = data.schedules;
    scenario.caller = *m_pendingCaller;
    scenario.localTime = m_dialog->localTime();
    scenario.timeZone = data.timeZone;
    scenario.defaultRegion = m_services.model->defaultRegion();
    const CallOutcome outcome = CallRules::decide(scenario);
    const EditController *editor = m_services.editor;
    QStringList answer{outcome.sentence()};
    answer += data.warnings + outcome.warnings;
    m_dialog->setAnswer(
        answer.join(QLatin1Char('\n')),
        CallComparison::ifSaved(scenario, outcome, m_services.model->criteria(),
                                editor->isEditing() ? editor->criteriaId() : QString()));
}

void CallActions::retranslate()
{
    m_test->setText(tr("Test a c&all…"));
    m_test->setToolTip(tr("What happens to a call from a caller at a date and time"));
}

bool CallActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_stale)
        readWeek();
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_data)
            showWeek();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace seqring
