#include "signincommands.h"

#include "session.h"
#include "signincontroller.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace seqring
{

SignInCommands::SignInCommands(SignInController *controller, Session *session, QWidget *window)
    : QObject(window), m_controller(controller), m_session(session), m_window(window),
      m_signIn(new QAction(this)), m_signOut(new QAction(this)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("signInCommands"));
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signIn, &QAction::triggered, this, &SignInCommands::openDialog);
    connect(m_signOut, &QAction::triggered, m_session, &Session::signOut);
    connect(m_session, &Session::tokenChanged, this, &SignInCommands::update);
    window->installEventFilter(this);
    retranslate();
    update();
}

void SignInCommands::addTo(QMenu *menu)
{
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
}

void SignInCommands::openDialog()
{
    if (!m_controller)
        return;
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_controller, m_opener, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->open();
    m_dialog->raise();
}

bool SignInCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SignInCommands::retranslate()
{
    m_signIn->setText(tr("Sign &in with Webex…"));
    m_signOut->setText(tr("Sign ou&t"));
}

void SignInCommands::update()
{
    m_signIn->setEnabled(m_controller != nullptr);
    m_signOut->setEnabled(m_session->tokenSource() == TokenProvider::Source::SignedIn);
}

} // namespace seqring
