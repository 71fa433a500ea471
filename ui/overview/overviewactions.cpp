#include "ui/overview/overviewactions.h"

#include "app/files/appsettings.h"
#include "app/workspace/targetmodel.h"
#include "ui/overview/overviewmodel.h"
#include "ui/overview/overviewwindow.h"

#include <QAction>
#include <QEvent>
#include <QTableView>

namespace seqring
{

OverviewActions::OverviewActions(ApiClient *client, TargetModel *target,
                                 const AppSettings *settings, QWidget *window)
    : QObject(window), m_client(client), m_target(target), m_settings(settings), m_window(window),
      m_action(new QAction(this))
{
    setObjectName(QStringLiteral("overviewCommands"));
    m_action->setObjectName(QStringLiteral("organizationOverviewAction"));
    connect(m_action, &QAction::triggered, this, [this] { openWindow(); });
    window->installEventFilter(this); // language changes
    retranslate();
}

bool OverviewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void OverviewActions::retranslate()
{
    m_action->setText(tr("Organization &overview…"));
    m_action->setToolTip(tr("Every workspace of the organisation with its sequential ring"));
}

OverviewWindow *OverviewActions::overviewWindow() const
{
    return m_overview;
}

OverviewWindow *OverviewActions::openWindow()
{
    if (!m_overview) {
        m_overview = new OverviewWindow(
            m_client, [this] { return m_target->requestContext(); }, m_window);
        if (m_settings)
            m_overview->setDefaultRegion(m_settings->defaultRegion());
        connect(m_overview, &OverviewWindow::workspaceActivated, this,
                &OverviewActions::workspaceActivated);
        Q_EMIT windowOpened(m_overview);
        m_overview->read();
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    return m_overview;
}

void OverviewActions::playScreenshotScene(std::function<void(QWidget *)> done)
{
    OverviewWindow *overview = openWindow();
    const auto show = [overview, done] {
        // The first workspace whose sequential ring is on, else the first.
        QTableView *table = overview->table();
        int row = 0;
        for (int i = table->model()->rowCount() - 1; i >= 0; --i) {
            if (table->model()->index(i, 0).data(OverviewModel::RingOnRole).toBool())
                row = i;
        }
        table->selectRow(row);
        done(overview);
    };
    if (!overview->isReading()) {
        show();
        return;
    }
    const auto finished = std::make_shared<QMetaObject::Connection>();
    *finished = connect(overview, &OverviewWindow::readFinished, this, [finished, show] {
        disconnect(*finished);
        show();
    });
}

} // namespace seqring
