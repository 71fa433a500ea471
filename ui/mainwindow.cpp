#include "mainwindow.h"

#include "apiclient.h"
#include "apiresult.h"
#include "criteriaform.h"
#include "criteriamodel.h"
#include "draftfile.h"
#include "existingcriteriapanel.h"
#include "languagemenu.h"
#include "requestpreview.h"
#include "resultdialogs.h"
#include "sandboxserver.h"
#include "sendbar.h"
#include "targetpanel.h"
#include "tokendialog.h"
#include "tokenprovider.h"
#include "validationlist.h"
#include "windowsettings.h"
#include "workspacebinder.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace seqring
{

struct MainWindow::Actions {
    QMenu *file = nullptr, *edit = nullptr, *view = nullptr, *help = nullptr;
    LanguageMenu *language = nullptr;
    QScrollArea *scroll = nullptr;
    QAction *open = nullptr, *save = nullptr, *saveAs = nullptr, *quit = nullptr;
    QAction *setToken = nullptr, *about = nullptr;
    QGroupBox *targetBox = nullptr, *criteriaBox = nullptr, *issuesBox = nullptr,
              *previewBox = nullptr, *existingBox = nullptr;
};

namespace
{
QGroupBox *box(QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_settings(options.settings ? options.settings : new QSettings(this)),
      m_model(new CriteriaModel(this)),
      m_tokenStore(new TokenStore(QStringLiteral("seqring-admin"), this)),
      m_tokens(new TokenProvider(m_tokenStore, this)), m_client(new ApiClient(this)),
      m_target(new TargetPanel(m_model, m_tokens, this)), m_form(new CriteriaForm(m_model, this)),
      m_issues(new ValidationList(m_model, this)), m_preview(new RequestPreview(this)),
      m_sendBar(new SendBar(this)), m_lastResult(new QLabel(this)),
      m_presenter(new ResultPresenter(this)),
      m_binder(new WorkspaceBinder(m_model, m_client, m_tokens, m_target, m_form, this)),
      m_trackingId(CriteriaRequest::newTrackingId()), m_actions(new Actions)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_lastResult->setObjectName(QStringLiteral("lastResultLabel"));
    m_lastResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_lastResult, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_actions->targetBox = box(m_target, left);
    m_actions->criteriaBox = box(m_form, left);
    m_actions->issuesBox = box(m_issues, left);
    m_issues->setMinimumHeight(70);
    m_actions->existingBox = box(m_binder->panel(), left);
    leftLayout->addWidget(m_actions->targetBox);
    leftLayout->addWidget(m_actions->criteriaBox);
    leftLayout->addWidget(m_actions->issuesBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_actions->scroll = scroll;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_actions->previewBox = box(m_preview, this);

    // Right: what will be sent, above what the workspace already has.
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_actions->previewBox);
    right->addWidget(m_actions->existingBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(splitter, 1);
    centralLayout->addWidget(m_sendBar);
    setCentralWidget(central);
    buildMenus();

    connect(m_model, &CriteriaModel::validationChanged, this, &MainWindow::refresh);
    connect(m_tokens, &TokenProvider::changed, this, [this] {
        m_model->setHasToken(m_tokens->hasToken());
        refresh();
    });
    connect(m_target, &TargetPanel::environmentChanged, this, &MainWindow::applyEnvironment);
    connect(m_target, &TargetPanel::setTokenRequested, this, &MainWindow::editToken);
    connect(m_issues, &ValidationList::issueActivated, this, [this](Field field, int row) {
        if (QWidget *widget = m_target->widgetFor(int(field)))
            widget->setFocus(Qt::OtherFocusReason);
        else
            m_form->focusField(field, row);
    });
    connect(m_sendBar, &SendBar::createRequested, this, &MainWindow::create);
    connect(m_sendBar, &SendBar::finished, this, &MainWindow::onCreateFinished);
    connect(m_binder, &WorkspaceBinder::blockedReasonChanged, this, &MainWindow::refresh);
    setResultPresenter(m_presenter);
    m_binder->panel()->placeInTabOrderAfter(
        m_preview->findChild<QWidget *>(QStringLiteral("copyCurlButton")));

    retranslate();
    m_binder->holdLookups(); // until the first frame: see event()
    WindowSettings::restore(*m_settings, this, m_model, m_target, options);
    refresh();
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

MainWindow::~MainWindow()
{
    delete m_actions;
}

void MainWindow::buildMenus()
{
    Actions &a = *m_actions;
    a.file = menuBar()->addMenu(QString());
    a.open = a.file->addAction(QString(), this, &MainWindow::chooseDraftToOpen);
    a.open->setShortcut(QKeySequence::Open);
    a.save = a.file->addAction(QString(), this, [this] {
        if (m_draftPath.isEmpty())
            chooseDraftToSave();
        else
            saveDraft(m_draftPath);
    });
    a.save->setShortcut(QKeySequence::Save);
    a.saveAs = a.file->addAction(QString(), this, &MainWindow::chooseDraftToSave);
    a.saveAs->setShortcut(QKeySequence::SaveAs);
    a.file->addSeparator();
    a.quit = a.file->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    a.edit = menuBar()->addMenu(QString());
    a.edit->addAction(m_preview->copyCurlAction());
    a.edit->addAction(m_preview->copyJsonAction());
    addAction(m_preview->copyCurlAction());
    a.edit->addSeparator();
    a.edit->addAction(m_binder->chooseAction());
    a.setToken = a.edit->addAction(QString(), this, &MainWindow::editToken);
    a.view = menuBar()->addMenu(QString());
    a.language = new LanguageMenu(m_settings, a.view);
    a.view->addMenu(a.language);
    a.help = menuBar()->addMenu(QString());
    a.about = a.help->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About seqring-admin"),
                           tr("seqring-admin %1\nCreate Webex Calling sequential ring criteria "
                              "for workspaces, and see exactly what is sent.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Sequential ring criteria — seqring-admin"));
    Actions &a = *m_actions;
    a.file->setTitle(tr("&File"));
    a.open->setText(tr("&Open draft…"));
    a.save->setText(tr("&Save draft…"));
    a.saveAs->setText(tr("Save draft &as…"));
    a.quit->setText(tr("&Quit"));
    a.edit->setTitle(tr("&Edit"));
    a.view->setTitle(tr("&View"));
    a.setToken->setText(tr("Set &token…"));
    a.help->setTitle(tr("&Help"));
    a.about->setText(tr("&About seqring-admin"));
    a.targetBox->setTitle(tr("Target"));
    a.criteriaBox->setTitle(tr("Criteria"));
    a.issuesBox->setTitle(tr("Problems"));
    a.existingBox->setTitle(tr("Existing criteria"));
    m_lastResult->setAccessibleName(tr("Last result"));
    m_actions->scroll->setAccessibleName(tr("Target and criteria"));
    a.previewBox->setTitle(tr("Request preview"));
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
        disconnect(m_presenter, &ResultPresenter::dialogShown, m_binder, nullptr);
    m_presenter = presenter;
    connect(m_presenter, &ResultPresenter::dialogShown, m_binder, &WorkspaceBinder::offerCheck,
            Qt::UniqueConnection);
}

QString MainWindow::lastResultText() const
{
    return m_lastResult->text();
}

void MainWindow::applyEnvironment()
{
    switch (m_target->environment()) {
    case TargetPanel::Environment::Webex:
        m_model->setApiRoot(kWebexApiRoot);
        m_tokens->useApiRoot(kWebexApiRoot);
        break;
    case TargetPanel::Environment::Sandbox:
        if (!ensureSandbox())
            return;
        m_model->setApiRoot(m_sandbox->apiRoot());
        m_tokens->useSandbox(m_sandbox->apiRoot(), m_sandbox->demoToken());
        m_target->showApiRoot();
        break;
    case TargetPanel::Environment::Custom:
        m_model->setApiRoot(m_target->customApiRoot());
        m_tokens->useApiRoot(m_target->customApiRoot());
        break;
    }
}

bool MainWindow::ensureSandbox()
{
    if (m_sandbox)
        return true;
    auto *server = new sandbox::SandboxServer(this);
    QString error;
    if (!server->start(0, &error)) {
        delete server;
        showProblem(tr("Sandbox"), tr("The local sandbox API could not start: %1").arg(error));
        return false;
    }
    m_sandbox = server;
    statusBar()->showMessage(tr("Sandbox API listening on %1").arg(m_sandbox->apiRoot()), 5000);
    return true;
}

HttpRequestSpec MainWindow::currentRequest() const
{
    RequestContext context;
    context.apiRoot = m_model->apiRoot();
    context.workspaceId = m_model->workspaceId();
    context.orgId = m_model->orgId();
    context.token = m_tokens->token();
    return CriteriaRequest::buildCreate(m_model->criteria(), context, m_trackingId);
}

void MainWindow::refresh()
{
    m_preview->setRequest(currentRequest());
    QString reason;
    for (const ValidationIssue &issue : m_model->issues()) {
        if (issue.severity == Severity::Error) {
            reason = issue.message;
            break;
        }
    }
    m_sendBar->setBlockedReason(reason.isEmpty() ? m_binder->blockedReason() : reason);
}

void MainWindow::create()
{
    if (m_model->hasErrors() || m_sendBar->isBusy())
        return;
    const HttpRequestSpec request = currentRequest();
    m_binder->createStarted(m_model->criteria());
    m_sendBar->track(m_client->createCriteria(request));
    m_trackingId = CriteriaRequest::newTrackingId(); // the next request gets its own
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

void MainWindow::editToken()
{
    auto *dialog = new TokenDialog(m_model->apiRoot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_tokens->setToken(dialog->token(), dialog->remember()); });
    connect(dialog, &TokenDialog::forgetRequested, m_tokens, &TokenProvider::forget);
    dialog->open();
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::openDraft(const QString &path)
{
    const Parsed<Draft> draft = DraftFile::read(path);
    if (!draft.ok()) {
        showProblem(tr("Open draft"),
                    draft.error + QLatin1Char('\n') + tr("The form was left as it was."));
        return false;
    }
    m_model->setWorkspaceId(draft.value->workspaceId);
    m_model->setOrgId(draft.value->orgId);
    m_model->setCriteria(draft.value->criteria);
    m_draftPath = path;
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::saveDraft(const QString &path)
{
    Draft draft;
    draft.criteria = m_model->criteria();
    draft.criteria.phoneNumbers = m_model->phoneNumbers()->typed(); // keep the admin's spelling
    draft.workspaceId = m_model->workspaceId();
    draft.orgId = m_model->orgId();
    const QString error = DraftFile::write(path, draft);
    if (!error.isEmpty()) {
        showProblem(tr("Save draft"), error);
        return false;
    }
    m_draftPath = path;
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::chooseDraftToOpen()
{
    auto *dialog = new QFileDialog(this, tr("Open draft"), QString(), tr("Drafts (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openDraft(path); });
    dialog->open();
}

void MainWindow::chooseDraftToSave()
{
    auto *dialog = new QFileDialog(this, tr("Save draft"), m_draftPath, tr("Drafts (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { saveDraft(path); });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowSettings::save(*m_settings, this, m_model, m_target);
    QMainWindow::closeEvent(event);
}

} // namespace seqring
