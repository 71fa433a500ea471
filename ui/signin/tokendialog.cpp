#include "ui/signin/tokendialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seqring
{

TokenDialog::TokenDialog(const QString &apiRoot, QAction *signIn, QWidget *parent)
    : QDialog(parent), m_tokenEdit(new QLineEdit(this)), m_showCheck(new QCheckBox(this)),
      m_rememberCheck(new QCheckBox(this)), m_forgetButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Set access token"));
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a personal access token or an integration token"));
    m_showCheck->setText(tr("&Show token"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    m_rememberCheck->setText(tr("&Remember in the system keychain"));
    m_rememberCheck->setChecked(true);
    m_forgetButton->setObjectName(QStringLiteral("forgetTokenButton"));
    m_forgetButton->setText(tr("&Forget stored token"));

    auto *intro = new QLabel(tr("The token is used for %1. It needs the scope "
                                "spark-admin:workspaces_write to create criteria. It is kept "
                                "in the system keychain, never in a settings file.")
                                 .arg(apiRoot),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *tokenLabel = new QLabel(tr("&Token"), this);
    tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(tokenLabel, m_tokenEdit);
    form->addRow(QString(), m_showCheck);
    form->addRow(QString(), m_rememberCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_forgetButton, QDialogButtonBox::DestructiveRole);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveTokenButton"));
    save->setEnabled(false);

    if (signIn) {
        auto *signInButton = new QPushButton(tr("Sign in &with Webex…"), this);
        signInButton->setObjectName(QStringLiteral("tokenDialogSignInButton"));
        signInButton->setEnabled(signIn->isEnabled());
        buttons->addButton(signInButton, QDialogButtonBox::ActionRole);
        connect(signInButton, &QPushButton::clicked, this, [this, signIn] {
            reject();
            signIn->trigger();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_showCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_tokenEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_tokenEdit, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forgetButton, &QPushButton::clicked, this, [this] {
        Q_EMIT forgetRequested();
        reject();
    });
}

QString TokenDialog::token() const
{
    return m_tokenEdit->text().trimmed();
}
bool TokenDialog::remember() const
{
    return m_rememberCheck->isChecked();
}

} // namespace seqring
