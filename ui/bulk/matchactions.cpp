#include "ui/bulk/matchactions.h"

#include "app/bulk/synccontroller.h"
#include "app/client/workspacedirectory.h"
#include "app/files/statefile.h"
#include "app/workspace/targetmodel.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/matchwindow.h"
#include "ui/existingcriteriapanel.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace seqring
{

MatchActions::MatchActions(ApiClient *client, TargetModel *target, WorkspaceDirectory *directory,
                           QWidget *window)
    : QObject(window), m_target(target),
      m_directory(
          new WorkspaceDirectory(client, directory->licenses(), directory->locations(), this)),
      m_window(window), m_import(new QAction(this)), m_controller(new SyncController(client, this))
{
    setObjectName(QStringLiteral("matchCommands"));
    m_import->setObjectName(QStringLiteral("importStateAction"));
    connect(m_import, &QAction::triggered, this, &MatchActions::openImport);
    window->installEventFilter(this); // language changes
    retranslate();
}

bool MatchActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MatchActions::retranslate()
{
    m_import->setText(tr("Import stat&e…"));
    m_import->setToolTip(tr("Make workspaces equal to a state file, after a check"));
}

void MatchActions::attach(ExistingCriteriaPanel *panel, QMenu *file)
{
    file->addAction(m_import);
    connect(panel, &ExistingCriteriaPanel::copyToOthersRequested, this,
            &MatchActions::copyCurrentWorkspace);
}

MatchWindow *MatchActions::matchWindow() const
{
    return m_match;
}

MatchWindow *MatchActions::openWindow()
{
    if (!m_match)
        m_match = new MatchWindow(
            m_controller, m_directory, [this] { return m_target->requestContext(); }, m_window);
    m_match->show();
    m_match->raise();
    m_match->activateWindow();
    return m_match;
}

void MatchActions::copyCurrentWorkspace()
{
    seqring::WorkspaceState base;
    base.id = m_target->workspaceId();
    base.professional = true;
    if (const auto entry = m_target->workspace()) {
        base.displayName = entry->name;
        base.locationId = entry->locationId;
        base.locationName = entry->locationName;
    }
    if (base.displayName.isEmpty())
        base.displayName = base.id;
    MatchWindow *match = openWindow();
    m_controller->readTemplate(m_target->requestContext(), base);
    Q_UNUSED(match);
}

void MatchActions::openImport()
{
    if (m_importDialog) {
        m_importDialog->raise();
        return;
    }
    m_importDialog =
        new QFileDialog(m_window, tr("Import state"), QString(), tr("State files (*.json)"));
    m_importDialog->setFileMode(QFileDialog::ExistingFile);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importState(path); });
    m_importDialog->open();
}

bool MatchActions::importState(const QString &path)
{
    const Parsed<StateDocument> document = StateFileReader::read(path);
    if (!document.ok()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import state"), document.error,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    MatchWindow *match = openWindow();
    m_controller->setDesired(document.value->workspaces);
    QList<BulkTarget> targets;
    for (const seqring::WorkspaceState &entry : document.value->workspaces)
        targets.append({entry.id, entry.displayName, 0});
    match->targetsPanel()->addTargets(targets);
    match->check(); // the check first: nothing is sent before Run
    return true;
}

bool MatchActions::offerResume()
{
    const QString path = m_controller->unfinishedJournal();
    if (path.isEmpty())
        return false;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Resume the interrupted sync?"),
        tr("A sync of Make them match did not finish (its journal is %1). Resume it? "
           "Workspaces it finished are not touched again; for those whose write was under "
           "way, the workspace is read first, so nothing is sent twice.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("syncResumeOfferBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeSyncButton"));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardSyncButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("laterSyncButton"));
    connect(resume, &QPushButton::clicked, this,
            [this, path] { openWindow()->resumeJournal(path); });
    connect(discard, &QPushButton::clicked, this, [path] {
        QString ignored; // nothing to do about it: the offer comes again at the next start
        SyncController::discardJournal(path, &ignored);
    });
    box->open();
    return true;
}

void MatchActions::playScreenshotScene(std::function<void(QWidget *)> done)
{
    copyCurrentWorkspace();
    MatchWindow *match = m_match;
    BulkTargetsPanel *targets = match->targetsPanel();
    targets->setDebounceInterval(0);
    auto *search = targets->findChild<QTreeWidget *>(QStringLiteral("bulkSearchResults"));
    const auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = connect(targets, &BulkTargetsPanel::resultsShown, this, [=] {
        disconnect(*shown);
        targets->findChild<QPushButton *>(QStringLiteral("selectAllResultsButton"))->click();
        targets->findChild<QPushButton *>(QStringLiteral("addSelectedButton"))->click();
        search->clearSelection();
        const auto finished = std::make_shared<QMetaObject::Connection>();
        *finished = connect(match, &MatchWindow::runFinished, this, [=] {
            disconnect(*finished);
            auto *plans = match->findChild<QTreeWidget *>(QStringLiteral("matchResultsTable"));
            auto *actions = match->findChild<QTreeWidget *>(QStringLiteral("matchActionsTable"));
            for (int row = 0; row < plans->topLevelItemCount(); ++row) {
                plans->setCurrentItem(plans->topLevelItem(row));
                if (actions->topLevelItemCount() > 1)
                    break; // a workspace with something to change
            }
            if (actions->topLevelItemCount() > 0)
                actions->setCurrentItem(actions->topLevelItem(0));
            done(match);
        });
        const auto templated = std::make_shared<QMetaObject::Connection>();
        const auto checkOnce = [=] {
            if (m_controller->templateState()) {
                disconnect(*templated);
                match->check();
            }
        };
        *templated = connect(m_controller, &SyncController::templateChanged, this, checkOnce);
        checkOnce();
    });
    auto *edit = targets->findChild<QLineEdit *>(QStringLiteral("bulkSearchEdit"));
    if (edit)
        edit->setText(QStringLiteral("Bulk"));
    targets->searchNow();
}

} // namespace seqring
