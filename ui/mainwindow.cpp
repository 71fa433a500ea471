#include "ui/mainwindow.h"

#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/files/appsettings.h"
#include "app/workspace/editcontroller.h"
#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacebinder.h"
#include "app/workspace/workspacecontext.h"
#include "models/criteriamodel.h"
#include "ui/autosaveoffer.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/matchactions.h"
#include "ui/callactions.h"
#include "ui/criteriaform.h"
#include "ui/criteriaundo.h"
#include "ui/draftactions.h"
#include "ui/editmodebar.h"
#include "ui/existingcriteriapanel.h"
#include "ui/languagemenu.h"
#include "ui/mainmenus.h"
#include "ui/overview/overviewactions.h"
#include "ui/phonenumberseditor.h"
#include "ui/requestpreview.h"
#include "ui/results/problembox.h"
#include "ui/results/requestlogexport.h"
#include "ui/results/resultdialogs.h"
#include "ui/ringsettingsactions.h"
#include "ui/sendbar.h"
#include "ui/signin/signinactions.h"
#include "ui/taborder.h"
#include "ui/targetpanel.h"
#include "ui/uilog.h"
#include "ui/unsavedguard.h"
#include "ui/validationlist.h"
#include "ui/windowlayout.h"
#include "ui/workspacedialogs.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>

namespace seqring
{

// The menus, the window's parts that are not members, and the layout's boxes.
struct MainWindow::Parts {
    MainMenus *menus = nullptr;
    ExistingCriteriaPanel *existing = nullptr;
    EditController *editor = nullptr;
    EditModeBar *editBar = nullptr;
    RingSettingsActions *ring = nullptr;
    CriteriaUndo *undo = nullptr;
    UnsavedGuard *guard = nullptr;
    AutosaveOffer *autosave = nullptr;
    OverviewActions *overview = nullptr;
    WindowLayout layout;
};

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_model(new CriteriaModel(this)),
      m_binder(new WorkspaceBinder(services.client, services.target, m_model, this)),
      m_target(new TargetPanel(services.target, this)), m_form(new CriteriaForm(m_model, this)),
      m_issues(new ValidationList(services.target, this)), m_preview(new RequestPreview(this)),
      m_sendBar(new SendBar(this)), m_lastResult(new QLabel(this)),
      m_presenter(new ResultPresenter(this)),
      m_drafts(new DraftActions(m_model, services.target, this)),
      m_dialogs(new WorkspaceDialogs(services.target, m_binder, this)),
      m_trackingId(ApiRequests::newTrackingId()), m_parts(std::make_unique<Parts>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setObjectName(QStringLiteral("criteriaModel"));
    m_issues->addSource(m_model);
    buildLayout();
    buildMenus();

    TargetModel *target = m_services.target;
    connect(m_model, &CriteriaModel::validationChanged, this, &MainWindow::refresh);
    connect(target, &TargetModel::validationChanged, this, &MainWindow::refresh);
    connect(target, &TargetModel::targetChanged, this, &MainWindow::refresh);
    connect(target, &TargetModel::problem, this, &MainWindow::showProblem);
    connect(target, &TargetModel::environmentChanged, this, [this, target] {
        if (target->environment() == TargetModel::Environment::Sandbox &&
            !target->apiRoot().isEmpty())
            statusBar()->showMessage(tr("Sandbox API listening on %1").arg(target->apiRoot()),
                                     5000);
    });
    connect(m_target, &TargetPanel::chooseWorkspaceRequested, m_dialogs,
            &WorkspaceDialogs::openPicker);
    connect(m_issues, &ValidationList::issueActivated, this, [this](Field field, int row) {
        if (QWidget *widget = m_target->widgetFor(int(field)))
            widget->setFocus(Qt::OtherFocusReason);
        else
            m_form->focusField(field, row);
    });
    connect(m_binder, &WorkspaceBinder::scheduleSuggestionsChanged, this,
            [this] { m_form->setScheduleSuggestions(m_binder->scheduleSuggestions()); });
    connect(m_parts->existing, &ExistingCriteriaPanel::useAsTemplate, m_model,
            &CriteriaModel::setCriteria);
    connect(m_parts->existing, &ExistingCriteriaPanel::requestFailed, m_binder,
            &WorkspaceBinder::noteResult);
    connect(m_sendBar, &SendBar::createRequested, this, &MainWindow::create);
    connect(m_parts->editor, &EditController::modeChanged, this, &MainWindow::refresh);
    connect(m_parts->editBar, &EditModeBar::problem, this, &MainWindow::showProblem);
    connect(m_parts->existing, &ExistingCriteriaPanel::ringSettingsRequested, m_parts->ring,
            &RingSettingsActions::open);
    connect(m_binder, &WorkspaceBinder::blockedReasonChanged, this, &MainWindow::refresh);
    connect(m_drafts, &DraftActions::problem, this, &MainWindow::showProblem);
    connect(m_drafts, &DraftActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    setResultPresenter(m_presenter);

    retranslate();
    m_binder->holdLookups(); // until the first frame: see event()
    restoreGeometry(m_services.settings->windowGeometry());
    if (m_services.settings->windowGeometry().isEmpty())
        resize(1180, 760);
    m_model->setDefaultRegion(m_services.settings->defaultRegion());
    refresh();
}

MainWindow::~MainWindow() = default; // Parts is complete here

OverviewActions *MainWindow::overviewActions() const
{
    return m_parts->overview;
}

void MainWindow::buildLayout()
{
    m_lastResult->setObjectName(QStringLiteral("lastResultLabel"));
    m_lastResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_lastResult, 1);
    Parts &p = *m_parts;
    p.existing = new ExistingCriteriaPanel(m_binder->context(), this);
    p.editor = new EditController(m_services.client, m_services.target, m_model,
                                  m_binder->context(), this);
    p.editBar = new EditModeBar(p.editor, m_model, m_sendBar, this);
    p.ring = new RingSettingsActions(m_binder->context(), m_model, this);
    p.undo = new CriteriaUndo(m_model, this);
    p.undo->routeTextFields(m_form->widgetFor(Field::ScheduleName),
                            m_form->phoneNumbersEditor()->addNumberEdit());
    p.autosave = new AutosaveOffer({m_services.autosavePath, m_services.target, m_model, p.editor,
                                    p.undo, p.ring, m_binder->context()},
                                   this);
    const QList<QWidget *> overForm{p.autosave, p.editBar, p.ring->warning()};
    p.layout.build(this, {m_target, m_form, m_issues, m_preview, p.existing, m_sendBar, overForm,
                          p.editBar->changesLabel()});
    m_parts->existing->placeInTabOrderAfter(m_preview->copyCurlButton());
    // The bars over the form come before its fields in the tab order, where they are seen.
    QWidget *formFirst = taborder::firstStop(m_form);
    for (QWidget *bar : overForm)
        taborder::placeBefore(bar, formFirst);
}

bool MainWindow::event(QEvent *event)
{
    // The window's first frame is being painted: the look-ups (people/me, the workspace)
    // start on the next pass of the event loop, after the frame is on screen.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(m_binder, &WorkspaceBinder::releaseLookups, Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::buildMenus()
{
    Parts &p = *m_parts;
    p.menus = new MainMenus(this);
    p.menus->file()->addActions(
        {m_drafts->openAction(), m_drafts->saveAction(), m_drafts->saveAsAction()});
    auto *directory = m_binder->context()->directory();
    (m_match = new MatchActions(m_services.client, m_services.target, directory, this))
        ->attach(p.existing, p.menus->file());
    p.menus->file()->addSeparator();
    m_signIn = new SignInActions(m_services.signIn, m_services.target, this);
    m_signIn->addTo(p.menus->file());
    p.menus->addQuit();
    QMenu *edit = p.menus->edit();
    edit->addActions({p.undo->undoAction(), p.undo->redoAction()});
    p.guard = new UnsavedGuard({p.undo, p.editor, m_drafts, p.existing, m_dialogs, m_target}, this);
    edit->addSeparator();
    edit->addActions({m_preview->copyCurlAction(), m_preview->copyJsonAction()});
    addAction(m_preview->copyCurlAction());
    edit->addSeparator();
    edit->addAction(m_dialogs->chooseAction());
    edit->addAction((new CallActions({m_services.client, m_services.target, m_model, p.editor,
                                      m_binder->context()},
                                     p.layout.weekPanel(), this))
                        ->testAction());
    m_bulk = new BulkActions(m_services.client, m_services.target, m_model, directory, this);
    edit->addAction(m_bulk->action());
    connect(p.menus->addSetToken(), &QAction::triggered, m_signIn, &SignInActions::editToken);
    connect(m_target, &TargetPanel::setTokenRequested, m_signIn, &SignInActions::editToken);
    p.overview =
        new OverviewActions(m_services.client, m_services.target, m_services.settings, this);
    p.menus->view()->addAction(p.overview->action());
    p.menus->view()->addSeparator();
    connect(p.overview, &OverviewActions::workspaceActivated, m_dialogs,
            &WorkspaceDialogs::chooseWorkspaceId);
    p.menus->view()->addMenu(new LanguageMenu(m_services.settings, p.menus->view()));
    p.menus->help()->addAction(new RequestLogExport(m_services.client->requestLog(), this));
    p.menus->addAbout();
}

void MainWindow::retranslate()
{
    Parts &p = *m_parts;
    setWindowTitle(p.editBar->windowTitleText());
    p.menus->retranslate();
    m_drafts->retranslate();
    m_dialogs->retranslate();
    p.layout.retranslate();
    p.ring->retranslate();
    p.undo->retranslate();
    m_lastResult->setAccessibleName(tr("Last result"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setResultPresenter(ResultPresenter *presenter)
{
    if (m_presenter && m_presenter != presenter)
        disconnect(m_presenter, &ResultPresenter::dialogShown, m_dialogs, nullptr);
    m_presenter = presenter;
    m_parts->editBar->setResultPresenter(presenter);
    connect(m_presenter, &ResultPresenter::dialogShown, m_dialogs, &WorkspaceDialogs::offerCheck,
            Qt::UniqueConnection);
}

bool MainWindow::openDraft(const QString &path)
{
    return m_drafts->openDraft(path);
}

void MainWindow::refresh()
{
    const RequestContext context = m_services.target->requestContext();
    m_preview->setRequest(m_parts->editor->request(context, m_trackingId));
    QString reason;
    const ValidationIssues issues = m_services.target->issues() + m_model->issues();
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == Severity::Error) {
            reason = issue.message;
            break;
        }
    }
    if (reason.isEmpty())
        reason = m_parts->editor->blockedReason();
    m_sendBar->setBlockedReason(reason.isEmpty() ? m_binder->blockedReason() : reason);
}

void MainWindow::create()
{
    if (m_services.target->hasErrors() || m_model->hasErrors() || m_sendBar->isBusy())
        return;
    const HttpRequestSpec request = m_preview->request(); // exactly what is shown
    qCInfo(lcUi) << request.method << "criteria sent" << request.trackingId;
    if (m_parts->editor->isEditing()) {
        m_parts->editor->save(request); // the PUT, after the check
    } else {
        m_binder->createStarted(m_model->criteria());
        CreateCriteriaJob *job = m_services.client->createCriteria(request);
        m_sendBar->track(job);
        connect(job, &ApiJob::finished, this, &MainWindow::onCreateFinished);
    }
    m_trackingId = ApiRequests::newTrackingId(); // the next request gets its own
    refresh();
}

void MainWindow::onCreateFinished(const ApiResult &result)
{
    m_lastResult->setText(result.summary());
    m_binder->createFinished(result);
    if (result.ok)
        m_presenter->showSuccess(this, result);
    else if (result.error.kind != ApiError::Kind::Cancelled)
        m_presenter->showError(this, result);
    Q_EMIT createFinished(result);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    ProblemBox::open(this, title, text, QStringLiteral("problemBox"));
}

void MainWindow::closeUnconfirmed()
{
    m_parts->autosave->keepOnClose();
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_parts->autosave->keepsOnClose() && m_parts->guard->holdClose(event))
        return; // Save, Discard or Cancel first
    AppSettings &settings = *m_services.settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setDefaultRegion(m_model->defaultRegion());
    m_services.target->save(settings);
    m_parts->autosave->windowClosing(); // a clean quit removes the autosave
    QMainWindow::closeEvent(event);
}

} // namespace seqring
