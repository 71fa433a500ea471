#include "ui/mainmenus.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace seqring
{

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window), m_window(window), m_file(window->menuBar()->addMenu(QString())),
      m_edit(window->menuBar()->addMenu(QString())), m_view(window->menuBar()->addMenu(QString())),
      m_help(window->menuBar()->addMenu(QString()))
{
    setObjectName(QStringLiteral("mainMenus"));
}

void MainMenus::addQuit()
{
    m_quit = m_file->addAction(QString(), m_window, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
}

QAction *MainMenus::addSetToken()
{
    m_setToken = m_edit->addAction(QString());
    return m_setToken;
}

void MainMenus::addAbout()
{
    m_about = m_help->addAction(QString(), m_window, [this] {
        QMessageBox::about(m_window, tr("About seqring-admin"),
                           tr("seqring-admin %1\nCreate Webex Calling sequential ring criteria "
                              "for workspaces, and see exactly what is sent.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_view->setTitle(tr("&View"));
    m_help->setTitle(tr("&Help"));
    if (m_quit)
        m_quit->setText(tr("&Quit"));
    if (m_setToken)
        m_setToken->setText(tr("Set &token…"));
    if (m_about)
        m_about->setText(tr("&About seqring-admin"));
}

} // namespace seqring
