#pragma once

#include <QDialog>
#include <QUrl>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace seqring
{

class SignInController;

// Sign in with Webex: the integration's client ID and secret, the redirect URI, the scopes
// asked for and why; while the browser is out, progress, the link with Copy link, and
// Cancel. What it shows comes from the SignInController, which does the work.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    SignInDialog(SignInController *controller, UrlOpener opener, QWidget *parent = nullptr);

    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void start();
    void setWaiting(bool waiting);
    void showStatus(const QString &text, bool problem);

    SignInController *m_controller;
    UrlOpener m_opener;
    QLabel *m_intro;
    QLabel *m_clientIdLabel;
    QLineEdit *m_clientId;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QCheckBox *m_rememberSecret;
    QLabel *m_redirectLabel;
    QLineEdit *m_redirect;
    QLabel *m_scopesLabel;
    QTreeWidget *m_scopes;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_linkLabel;
    QLineEdit *m_link;
    QPushButton *m_copyLink;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QPushButton *m_close;
};

} // namespace seqring
