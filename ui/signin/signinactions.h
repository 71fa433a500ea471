#pragma once

#include "ui/signin/signindialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace seqring
{

class SignInController;
class TargetModel;

// The window's sign-in commands: "Sign in with Webex…" (File menu and the token dialog)
// opens the SignInDialog; "Sign out" forgets the sign-in. Enabled as the TargetModel's token
// state says; their texts follow the language.
class SignInActions : public QObject
{
    Q_OBJECT
public:
    SignInActions(SignInController *controller, TargetModel *target, QWidget *window);

    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    void addTo(QMenu *menu);
    // How the dialog opens the browser (tests capture the link instead).
    void setUrlOpener(SignInDialog::UrlOpener opener) { m_opener = std::move(opener); }

public Q_SLOTS:
    void openDialog();
    // Edit > Set token…: the token dialog (its Sign in with Webex… is signInAction()); its OK
    // gives the TargetModel the token, its Forget makes it forget the one it has.
    void editToken();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void update();

    SignInController *m_controller;
    TargetModel *m_target;
    QWidget *m_window;
    QAction *m_signIn;
    QAction *m_signOut;
    QPointer<SignInDialog> m_dialog;
    SignInDialog::UrlOpener m_opener;
};

} // namespace seqring
