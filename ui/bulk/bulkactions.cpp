#include "ui/bulk/bulkactions.h"

#include "app/bulk/bulkcontroller.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/workspacedirectory.h"
#include "app/workspace/targetmodel.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/bulkwindow.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>

namespace seqring
{

BulkActions::BulkActions(ApiClient *client, TargetModel *target, CriteriaModel *model,
                         WorkspaceDirectory *directory, QWidget *window)
    : QObject(window), m_target(target), m_model(model),
      m_directory(
          new WorkspaceDirectory(client, directory->licenses(), directory->locations(), this)),
      m_window(window), m_action(new QAction(this)), m_controller(new BulkController(client, this))
{
    setObjectName(QStringLiteral("bulkActions"));
    m_action->setObjectName(QStringLiteral("applyToSeveralAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { openWindow(); });
    window->installEventFilter(this); // language changes
    retranslate();
}

bool BulkActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BulkActions::retranslate()
{
    m_action->setText(tr("Apply to se&veral workspaces…"));
    m_action->setToolTip(tr("Apply the criteria of the form to many workspaces at once"));
}

BulkWindow *BulkActions::bulkWindow() const
{
    return m_bulk;
}

BulkWindow *BulkActions::openWindow()
{
    if (!m_bulk) {
        m_bulk = new BulkWindow(
            m_controller, m_model, m_directory, [this] { return m_target->requestContext(); },
            m_window);
        Q_EMIT windowOpened(m_bulk);
    }
    m_bulk->show();
    m_bulk->raise();
    m_bulk->activateWindow();
    return m_bulk;
}

bool BulkActions::offerResume()
{
    const QString path = m_controller->unfinishedJournal();
    if (path.isEmpty())
        return false;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Resume the earlier run?"),
        tr("A run of Apply to several workspaces did not finish (its journal is %1). Resume it? "
           "Workspaces already done are not sent again; for those whose create was in flight, "
           "their criteria are read first.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("bulkResumeOfferBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeRunButton"));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardRunButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)
        ->setObjectName(QStringLiteral("laterRunButton"));
    connect(resume, &QPushButton::clicked, this,
            [this, path] { openWindow()->resumeJournal(path); });
    connect(discard, &QPushButton::clicked, this, [path] {
        QString ignored; // nothing to do about it: the offer comes again at the next start
        BulkController::discardJournal(path, &ignored);
    });
    box->open();
    return true;
}

} // namespace seqring
