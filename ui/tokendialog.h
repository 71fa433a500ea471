#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

// Asks for an access token; the caller stores it (keychain) or forgets the stored one.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TokenDialog(const QString &apiRoot, QWidget *parent = nullptr);

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
