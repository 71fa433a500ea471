#include "ui/signin/signinactions.h"

#include "app/workspace/signincontroller.h"
#include "app/workspace/targetmodel.h"
#include "ui/signin/tokendialog.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QMenu>
#include <QWidget>

namespace seqring
{

SignInActions::SignInActions(SignInController *controller, TargetModel *target, QWidget *window)
    : QObject(window), m_controller(controller), m_target(target), m_window(window),
      m_signIn(new QAction(this)), m_signOut(new QAction(this)),
      m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("signInActions"));
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signIn, &QAction::triggered, this, &SignInActions::openDialog);
    connect(m_signOut, &QAction::triggered, m_target, &TargetModel::signOut);
    connect(m_target, &TargetModel::tokenChanged, this, &SignInActions::update);
    window->installEventFilter(this);
    retranslate();
    update();
}

void SignInActions::addTo(QMenu *menu)
{
    menu->addAction(m_signIn);
    menu->addAction(m_signOut);
}

void SignInActions::editToken()
{
    auto *dialog = new TokenDialog(m_target->apiRoot(), m_signIn, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_target->setToken(dialog->token(), dialog->remember()); });
    connect(dialog, &TokenDialog::forgetRequested, m_target, &TargetModel::forgetToken);
    dialog->open();
}

void SignInActions::openDialog()
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

bool SignInActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SignInActions::retranslate()
{
    m_signIn->setText(tr("Sign &in with Webex…"));
    m_signOut->setText(tr("Sign ou&t"));
}

void SignInActions::update()
{
    m_signIn->setEnabled(m_controller != nullptr);
    m_signOut->setEnabled(m_target->tokenSource() == TokenProvider::Source::SignedIn);
}

} // namespace seqring
