#include "ui/signin/signindialog.h"

#include "app/workspace/signincontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seqring
{

SignInDialog::SignInDialog(SignInController *controller, UrlOpener opener, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_opener(std::move(opener)),
      m_intro(new QLabel(this)), m_clientIdLabel(new QLabel(this)), m_clientId(new QLineEdit(this)),
      m_secretLabel(new QLabel(this)), m_secret(new QLineEdit(this)),
      m_rememberSecret(new QCheckBox(this)), m_redirectLabel(new QLabel(this)),
      m_redirect(new QLineEdit(this)), m_scopesLabel(new QLabel(this)),
      m_scopes(new QTreeWidget(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_linkLabel(new QLabel(this)), m_link(new QLineEdit(this)),
      m_copyLink(new QPushButton(this)), m_signIn(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_rememberSecret->setObjectName(QStringLiteral("rememberSecretCheck"));
    m_rememberSecret->setChecked(true);
    m_redirect->setObjectName(QStringLiteral("redirectUriEdit"));
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_scopes->setColumnCount(2);
    m_scopes->setRootIsDecorated(false);
    m_scopes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link->setObjectName(QStringLiteral("signInLink"));
    m_link->setReadOnly(true);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_signIn->setObjectName(QStringLiteral("startSignInButton"));
    m_signIn->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_close->setObjectName(QStringLiteral("closeSignInButton"));
    m_intro->setWordWrap(true);
    m_clientIdLabel->setBuddy(m_clientId);
    m_secretLabel->setBuddy(m_secret);
    m_redirectLabel->setBuddy(m_redirect);
    m_scopesLabel->setBuddy(m_scopes);
    m_linkLabel->setBuddy(m_link);

    m_clientId->setText(controller->clientId());
    m_clientId->setReadOnly(controller->isClientIdOverridden());
    m_secret->setText(controller->clientSecret());
    m_secret->setReadOnly(controller->isClientSecretOverridden());
    m_rememberSecret->setEnabled(!controller->isClientSecretOverridden());
    m_redirect->setText(controller->redirectUri());

    auto *form = new QFormLayout;
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_rememberSecret);
    form->addRow(m_redirectLabel, m_redirect);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_scopesLabel);
    layout->addWidget(m_scopes, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_linkLabel);
    layout->addLayout(linkRow);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::start);
    connect(m_cancel, &QPushButton::clicked, controller, &SignInController::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_link->text()); });
    connect(controller, &SignInController::authorizeUrlReady, this, [this](const QUrl &url) {
        m_link->setText(url.toString(QUrl::FullyEncoded));
        setWaiting(true);
        if (!m_opener(url))
            showStatus(tr("No browser opened. Copy the link and open it in a browser."), false);
    });
    connect(controller, &SignInController::notice, this,
            [this](const QString &text) { showStatus(text, false); });
    connect(controller, &SignInController::finished, this, [this](bool ok, const QString &text) {
        setWaiting(false);
        showStatus(text, !ok);
        if (ok)
            m_close->setFocus();
    });
    connect(this, &QDialog::rejected, controller, &SignInController::cancel);
    retranslate();
    setWaiting(false);
    m_status->clear();
}

QString SignInDialog::status() const
{
    return m_status->text();
}

void SignInDialog::start()
{
    m_controller->setRedirectUri(m_redirect->text());
    m_status->clear();
    m_controller->start(m_clientId->text(), m_secret->text(), m_rememberSecret->isChecked());
}

void SignInDialog::setWaiting(bool waiting)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_link),
                            static_cast<QWidget *>(m_linkLabel), static_cast<QWidget *>(m_copyLink),
                            static_cast<QWidget *>(m_cancel)})
        widget->setVisible(waiting);
    for (QWidget *widget : {static_cast<QWidget *>(m_clientId), static_cast<QWidget *>(m_secret),
                            static_cast<QWidget *>(m_redirect), static_cast<QWidget *>(m_signIn)})
        widget->setEnabled(!waiting);
    if (waiting)
        showStatus(tr("Waiting for the browser… Sign in there and press Allow."), false);
}

void SignInDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::BrightText : QPalette::WindowText);
    m_status->setAccessibleDescription(text);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in with Webex"));
    m_intro->setText(tr("Sign in through the browser with a Webex integration registered for "
                        "this app (see the README). The client ID is kept in the settings, the "
                        "client secret in the system keychain."));
    m_clientIdLabel->setText(tr("Client &ID"));
    m_secretLabel->setText(tr("Client s&ecret"));
    m_rememberSecret->setText(tr("Re&member the secret in the system keychain"));
    m_redirectLabel->setText(tr("Re&direct URI"));
    m_redirect->setToolTip(tr("Must be exactly the redirect URI registered for the "
                              "integration."));
    if (m_controller->isClientIdOverridden())
        m_clientId->setToolTip(tr("Set by --client-id or WEBEX_CLIENT_ID."));
    if (m_controller->isClientSecretOverridden())
        m_secret->setToolTip(tr("Set by WEBEX_CLIENT_SECRET."));
    m_scopesLabel->setText(tr("Sc&opes asked for"));
    m_scopes->setHeaderLabels({tr("Scope"), tr("Why")});
    m_scopes->clear();
    for (const SignInController::Scope &scope : SignInController::scopes())
        m_scopes->addTopLevelItem(new QTreeWidgetItem({scope.name, scope.reason}));
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_linkLabel->setText(tr("Lin&k to open in a browser"));
    m_copyLink->setText(tr("Cop&y link"));
    m_signIn->setText(tr("&Sign in with Webex"));
    m_cancel->setText(tr("&Cancel"));
    m_close->setText(tr("C&lose"));
}

} // namespace seqring
