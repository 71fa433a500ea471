#include "ui/targetpanel.h"

#include "app/workspace/targetmodel.h"
#include "ui/fieldmarker.h"
#include "ui/unsavedguard.h"
#include "ui/validationdecorator.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace seqring
{

namespace
{
// A field with its marker on the right.
QWidget *withMarker(QWidget *field, FieldMarker *marker, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(marker);
    return box;
}
} // namespace

TargetPanel::TargetPanel(TargetModel *target, QWidget *parent)
    : QWidget(parent), m_target(target), m_decorator(new ValidationDecorator(target, this)),
      m_environmentLabel(new QLabel(this)), m_environmentCombo(new QComboBox(this)),
      m_rootLabel(new QLabel(this)), m_rootEdit(new QLineEdit(this)),
      m_workspaceLabel(new QLabel(this)), m_workspaceEdit(new QLineEdit(this)),
      m_chooseButton(new QPushButton(this)), m_workspaceFlag(new QLabel(this)),
      m_workspaceInfo(new QLabel(this)), m_orgLabel(new QLabel(this)),
      m_orgEdit(new QLineEdit(this)), m_tokenTitle(new QLabel(this)),
      m_tokenState(new QLabel(this)), m_setTokenButton(new QPushButton(this))
{
    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_rootEdit->setObjectName(QStringLiteral("apiRootEdit"));
    m_workspaceEdit->setObjectName(QStringLiteral("workspaceIdEdit"));
    m_orgEdit->setObjectName(QStringLiteral("orgIdEdit"));
    m_tokenState->setObjectName(QStringLiteral("tokenStateLabel"));
    m_setTokenButton->setObjectName(QStringLiteral("setTokenButton"));
    m_chooseButton->setObjectName(QStringLiteral("chooseWorkspaceButton"));
    m_workspaceFlag->setObjectName(QStringLiteral("workspaceLookupFlag"));
    m_workspaceInfo->setObjectName(QStringLiteral("workspaceInfoLabel"));
    m_workspaceInfo->setWordWrap(true);
    m_workspaceInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspaceFlag->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_workspaceFlag->setVisible(false);
    m_workspaceInfo->setVisible(false);
    m_tokenState->setWordWrap(true);
    m_tokenState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int i = 0; i < 3; ++i)
        m_environmentCombo->addItem(QString());
    m_environmentLabel->setBuddy(m_environmentCombo);
    m_rootLabel->setBuddy(m_rootEdit);
    m_workspaceLabel->setBuddy(m_workspaceEdit);
    m_orgLabel->setBuddy(m_orgEdit);
    m_tokenTitle->setBuddy(m_setTokenButton);

    auto *rootMarker = new FieldMarker(this);
    auto *workspaceMarker = new FieldMarker(this);
    auto *orgMarker = new FieldMarker(this);
    auto *tokenMarker = new FieldMarker(this);
    m_decorator->addField(Field::ApiRoot, m_rootEdit, rootMarker);
    m_decorator->addField(Field::WorkspaceId, m_workspaceEdit, workspaceMarker);
    m_decorator->addField(Field::OrgId, m_orgEdit, orgMarker);
    m_decorator->addField(Field::Token, m_setTokenButton, tokenMarker);

    auto *tokenRow = new QWidget(this);
    auto *tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokenState, 1);
    tokenLayout->addWidget(m_setTokenButton);
    tokenLayout->addWidget(tokenMarker);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_environmentLabel, 0, 0);
    grid->addWidget(m_environmentCombo, 0, 1);
    grid->addWidget(m_rootLabel, 1, 0);
    grid->addWidget(withMarker(m_rootEdit, rootMarker, this), 1, 1);
    grid->addWidget(m_workspaceLabel, 2, 0);
    auto *workspaceRow = withMarker(m_workspaceEdit, workspaceMarker, this);
    auto *workspaceLayout = static_cast<QHBoxLayout *>(workspaceRow->layout());
    workspaceLayout->insertWidget(1, m_workspaceFlag);
    workspaceLayout->addWidget(m_chooseButton);
    grid->addWidget(workspaceRow, 2, 1);
    grid->addWidget(m_workspaceInfo, 3, 1);
    grid->addWidget(m_orgLabel, 4, 0);
    grid->addWidget(withMarker(m_orgEdit, orgMarker, this), 4, 1);
    grid->addWidget(m_tokenTitle, 5, 0);
    grid->addWidget(tokenRow, 5, 1);
    grid->setColumnStretch(1, 1);
    setTabOrder(m_environmentCombo, m_rootEdit);
    setTabOrder(m_rootEdit, m_workspaceEdit);
    setTabOrder(m_workspaceEdit, m_chooseButton);
    setTabOrder(m_chooseButton, m_orgEdit);
    setTabOrder(m_orgEdit, m_setTokenButton);

    // Intents: each edit goes to the TargetModel; the views below follow its signals.
    connect(m_environmentCombo, &QComboBox::activated, this,
            [this](int index) { m_target->setEnvironment(TargetModel::Environment(index)); });
    connect(m_rootEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_target->environment() == TargetModel::Environment::Custom)
            m_target->setCustomApiRoot(m_rootEdit->text().trimmed());
    });
    connect(m_workspaceEdit, &QLineEdit::textEdited, this, &TargetPanel::workspaceIdTyped);
    connect(m_workspaceEdit, &QLineEdit::editingFinished, this, &TargetPanel::commitWorkspaceId);
    connect(m_orgEdit, &QLineEdit::textEdited, m_target, &TargetModel::setOrgId);
    connect(m_target, &TargetModel::environmentChanged, this, &TargetPanel::showEnvironment);
    connect(m_target, &TargetModel::targetChanged, this, [this] {
        if (m_orgEdit->text() != m_target->orgId())
            m_orgEdit->setText(m_target->orgId());
    });
    connect(m_target, &TargetModel::workspaceIdChanged, this, [this](const QString &id) {
        if (m_workspaceEdit->text() != id)
            m_workspaceEdit->setText(id);
    });
    connect(m_target, &TargetModel::workspaceStateChanged, this, &TargetPanel::showWorkspaceState);
    connect(m_setTokenButton, &QPushButton::clicked, this, &TargetPanel::setTokenRequested);
    connect(m_chooseButton, &QPushButton::clicked, this, &TargetPanel::chooseWorkspaceRequested);
    connect(m_target, &TargetModel::tokenChanged, this, &TargetPanel::updateTokenState);
    m_workspaceEdit->setText(m_target->workspaceId());
    m_orgEdit->setText(m_target->orgId());
    retranslate();
    showEnvironment();
    showWorkspaceState();
}

void TargetPanel::showEnvironment()
{
    const TargetModel::Environment environment = m_target->environment();
    m_environmentCombo->setCurrentIndex(int(environment));
    m_rootEdit->setReadOnly(environment != TargetModel::Environment::Custom);
    m_rootEdit->setText(environment == TargetModel::Environment::Custom ? m_target->customApiRoot()
                                                                        : m_target->apiRoot());
}

void TargetPanel::showWorkspaceState()
{
    switch (m_target->workspaceState()) {
    case TargetModel::WorkspaceState::None:
        setWorkspaceInfo(QString(), false);
        break;
    case TargetModel::WorkspaceState::LookingUp:
        setWorkspaceInfo(tr("Looking the workspace up…"), false);
        break;
    case TargetModel::WorkspaceState::Known: {
        const WorkspaceEntry entry = *m_target->workspace();
        const QString reason = entry.reason();
        setWorkspaceInfo(reason.isEmpty()
                             ? tr("%1 — %2").arg(entry.title(), entry.licenseText())
                             : tr("%1 — %2: %3").arg(entry.title(), entry.licenseText(), reason),
                         !entry.selectable());
        break;
    }
    case TargetModel::WorkspaceState::Unknown:
    case TargetModel::WorkspaceState::Failed:
        setWorkspaceInfo(m_target->workspaceProblem(), true);
        break;
    }
}

void TargetPanel::setWorkspaceInfo(const QString &text, bool problem)
{
    m_workspaceInfo->setText(text);
    m_workspaceInfo->setVisible(!text.isEmpty());
    m_workspaceInfo->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    m_workspaceFlag->setVisible(problem);
    m_workspaceFlag->setToolTip(problem ? text : QString());
    m_workspaceFlag->setAccessibleName(problem ? tr("Workspace ID problem") : QString());
    m_workspaceEdit->setAccessibleDescription(text);
}

void TargetPanel::workspaceIdTyped(const QString &text)
{
    if (!m_guard || !m_guard->hasUnsavedChanges()) {
        m_target->setWorkspaceId(text); // the look-up follows as the ID is typed
        return;
    }
    if (text == m_target->workspaceId())
        showWorkspaceState();
    else
        setWorkspaceInfo(tr("Press Enter to change to this workspace: the form has changes "
                            "that are not saved."),
                         false);
}

void TargetPanel::commitWorkspaceId()
{
    const QString typed = m_workspaceEdit->text();
    if (!m_guard || m_asking || typed == m_target->workspaceId())
        return; // nothing held back, or the question about it is open
    m_asking = true;
    m_guard->confirm(
        [this, typed] {
            m_asking = false;
            m_target->setWorkspaceId(typed);
        },
        [this] {
            m_asking = false;
            m_workspaceEdit->setText(m_target->workspaceId());
            showWorkspaceState();
        });
}

QWidget *TargetPanel::widgetFor(int field) const
{
    switch (Field(field)) {
    case Field::ApiRoot:
        return m_target->environment() == TargetModel::Environment::Custom
                   ? static_cast<QWidget *>(m_rootEdit)
                   : m_environmentCombo;
    case Field::WorkspaceId:
        return m_workspaceEdit;
    case Field::OrgId:
        return m_orgEdit;
    case Field::Token:
        return m_setTokenButton;
    default:
        return nullptr;
    }
}

void TargetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TargetPanel::retranslate()
{
    m_environmentLabel->setText(tr("Env&ironment"));
    m_environmentCombo->setItemText(int(TargetModel::Environment::Webex),
                                    tr("Webex (webexapis.com)"));
    m_environmentCombo->setItemText(int(TargetModel::Environment::Sandbox),
                                    tr("Sandbox (local demo API)"));
    m_environmentCombo->setItemText(int(TargetModel::Environment::Custom), tr("Custom API root"));
    m_rootLabel->setText(tr("API root"));
    m_workspaceLabel->setText(tr("&Workspace ID"));
    m_workspaceEdit->setPlaceholderText(tr("The workspace's ID from Control Hub or the API"));
    m_chooseButton->setText(tr("Choose wor&kspace…"));
    m_chooseButton->setToolTip(tr("Find the workspace by name (Ctrl+K)"));
    m_orgLabel->setText(tr("Organi&zation ID (optional)"));
    m_orgEdit->setPlaceholderText(tr("Only for partner administrators"));
    m_tokenTitle->setText(tr("Access token"));
    m_setTokenButton->setText(tr("Set token…"));
    m_setTokenButton->setToolTip(tr("Enter a token, store it in the system keychain, or "
                                    "forget the stored one"));
    updateTokenState();
}

void TargetPanel::updateTokenState()
{
    QString text = m_target->tokenDescription();
    if (!m_target->keychainProblem().isEmpty())
        text += QLatin1Char('\n') + m_target->keychainProblem();
    m_tokenState->setText(text);
    m_tokenState->setAccessibleName(tr("Token state"));
    // Each field sits in a box with its marker, so screen readers are told its name here.
    m_rootEdit->setAccessibleName(tr("API root"));
    m_workspaceEdit->setAccessibleName(tr("Workspace ID"));
    m_orgEdit->setAccessibleName(tr("Organization ID (optional)"));
    m_environmentCombo->setAccessibleName(tr("Environment"));
    m_setTokenButton->setEnabled(m_target->tokenSource() != TokenProvider::Source::Sandbox);
}

} // namespace seqring
