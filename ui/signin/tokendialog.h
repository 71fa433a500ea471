#pragma once

#include <QDialog>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

// Asks for an access token; the caller stores it (keychain) or forgets the stored one.
// `signIn`, when given, is offered as a button instead (Sign in with Webex…).
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenDialog(const QString &apiRoot, QAction *signIn = nullptr,
                         QWidget *parent = nullptr);

    QString token() const;
    bool remember() const;
    QLineEdit *tokenEdit() const { return m_tokenEdit; }
    QPushButton *forgetButton() const { return m_forgetButton; }

Q_SIGNALS:
    void forgetRequested();

private:
    QLineEdit *m_tokenEdit;
    QCheckBox *m_showCheck;
    QCheckBox *m_rememberCheck;
    QPushButton *m_forgetButton;
};

} // namespace seqring
