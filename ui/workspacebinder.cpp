#include "workspacebinder.h"

#include "criteriaform.h"
#include "criteriamodel.h"
#include "existingcriteriapanel.h"
#include "resultdialogs.h"
#include "targetpanel.h"
#include "tokenprovider.h"
#include "workspacecontext.h"
#include "workspacepickerdialog.h"
#include "writeaccess.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <utility>

namespace seqring
{

WorkspaceBinder::WorkspaceBinder(CriteriaModel *model, ApiClient *client, TokenProvider *tokens,
                                 TargetPanel *target, CriteriaForm *form, QWidget *window)
    : QObject(window), m_model(model), m_tokens(tokens), m_target(target), m_form(form),
      m_window(window), m_context(new WorkspaceContext(
                            client, [this] { return requestContext(); }, this)),
      m_panel(new ExistingCriteriaPanel(m_context, window)),
      m_writeAccess(new WriteAccess(client, this)), m_check(new CreatedCheck(client, this)),
      m_chooseAction(new QAction(this))
{
    m_chooseAction->setText(tr("&Choose workspace…"));
    m_chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_chooseAction->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_chooseAction);
    connect(m_chooseAction, &QAction::triggered, this, [this] { openPicker(); });
    connect(m_target, &TargetPanel::chooseWorkspaceRequested, this, [this] { openPicker(); });

    connect(m_model, &CriteriaModel::workspaceIdChanged, m_context,
            &WorkspaceContext::setWorkspaceId);
    connect(m_context, &WorkspaceContext::stateChanged, this, &WorkspaceBinder::showWorkspaceState);
    connect(m_context, &WorkspaceContext::schedulesChanged, this, &WorkspaceBinder::applySchedules);
    connect(m_panel, &ExistingCriteriaPanel::useAsTemplate, m_model, &CriteriaModel::setCriteria);
    connect(m_panel, &ExistingCriteriaPanel::requestFailed, this, [this](const ApiResult &result) {
        m_writeAccess->noteResult(requestContext(), result);
    });
    connect(m_writeAccess, &WriteAccess::changed, this, &WorkspaceBinder::blockedReasonChanged);
    for (auto signal : {&CriteriaModel::apiRootChanged, &CriteriaModel::orgIdChanged})
        connect(m_model, signal, this, &WorkspaceBinder::targetChanged);
    connect(m_tokens, &TokenProvider::changed, this, &WorkspaceBinder::targetChanged);
    connect(m_check, &CreatedCheck::finished, this,
            [this](CreatedCheck::Outcome outcome, const QString &id, const QString &message) {
                auto *box = new QMessageBox(
                    outcome == CreatedCheck::Outcome::Created ? QMessageBox::Information
                                                              : QMessageBox::Warning,
                    tr("Was the criteria created?"), message, QMessageBox::Ok, m_window);
                box->setObjectName(QStringLiteral("createdCheckBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                if (outcome == CreatedCheck::Outcome::Created)
                    m_context->refreshCriteria(id);
                Q_EMIT checkFinished(outcome, id, message);
            });
    m_context->setWorkspaceId(m_model->workspaceId());
}

RequestContext WorkspaceBinder::requestContext() const
{
    RequestContext context;
    context.apiRoot = m_model->apiRoot();
    context.orgId = m_model->orgId();
    context.token = m_tokens->token();
    context.workspaceId = m_model->workspaceId().trimmed();
    return context;
}

void WorkspaceBinder::setPageSize(int size)
{
    m_pageSize = size;
    m_context->setPageSize(size);
}

void WorkspaceBinder::setDebounceInterval(int milliseconds)
{
    m_debounce = milliseconds;
    m_context->setLookupDelay(milliseconds);
    if (m_picker)
        m_picker->setDebounceInterval(milliseconds);
}

QString WorkspaceBinder::blockedReason() const
{
    return m_writeAccess->blockedReason(requestContext());
}

void WorkspaceBinder::releaseLookups()
{
    m_held = false;
    if (std::exchange(m_targetPending, false))
        targetChanged();
}

void WorkspaceBinder::targetChanged()
{
    if (m_held) {
        m_targetPending = true;
        return;
    }
    if (m_model->apiRoot().isEmpty() || m_tokens->token().isEmpty())
        return;
    const RequestContext now = requestContext();
    const QStringList target{now.apiRoot, now.orgId, now.token};
    if (target == m_lastTarget)
        return; // e.g. the token provider announcing the same token again
    m_lastTarget = target;
    m_writeAccess->check(now);
    m_context->reload();
    Q_EMIT blockedReasonChanged();
}

WorkspacePickerDialog *WorkspaceBinder::openPicker()
{
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return m_picker;
    }
    auto *dialog = new WorkspacePickerDialog(
        m_context->directory(), [this] { return requestContext(); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDebounceInterval(m_debounce);
    connect(dialog, &WorkspacePickerDialog::workspaceChosen, this,
            [this](const WorkspaceEntry &entry) {
                m_context->choose(entry);
                m_model->setWorkspaceId(entry.id);
            });
    m_picker = dialog;
    dialog->open();
    Q_EMIT pickerOpened(dialog);
    return dialog;
}

void WorkspaceBinder::showWorkspaceState()
{
    switch (m_context->state()) {
    case WorkspaceContext::State::None:
        m_target->setWorkspaceInfo(QString(), false);
        break;
    case WorkspaceContext::State::LookingUp:
        m_target->setWorkspaceInfo(tr("Looking the workspace up…"), false);
        break;
    case WorkspaceContext::State::Known: {
        const WorkspaceEntry entry = *m_context->workspace();
        const QString reason = entry.reason();
        m_target->setWorkspaceInfo(
            reason.isEmpty() ? tr("%1 — %2").arg(entry.title(), entry.licenseText())
                             : tr("%1 — %2: %3").arg(entry.title(), entry.licenseText(), reason),
            !entry.selectable());
        break;
    }
    case WorkspaceContext::State::Unknown:
    case WorkspaceContext::State::Failed:
        m_target->setWorkspaceInfo(m_context->problem(), true);
        break;
    }
}

void WorkspaceBinder::applySchedules()
{
    const auto schedules = m_context->schedules();
    QList<QPair<QString, ScheduleType>> suggestions;
    QStringList names;
    for (const ScheduleEntry &entry : schedules.value_or(QList<ScheduleEntry>())) {
        suggestions.append({entry.name, entry.type});
        names.append(entry.name);
    }
    m_form->setScheduleSuggestions(suggestions);
    m_model->setKnownSchedules(schedules ? std::optional<QStringList>(names) : std::nullopt);
}

void WorkspaceBinder::createStarted(const Criteria &criteria)
{
    m_sent = criteria;
    m_sentTo = requestContext();
    m_listedBefore = m_panel->listedIds();
}

void WorkspaceBinder::createFinished(const ApiResult &result)
{
    m_writeAccess->noteResult(m_sentTo, result);
    if (result.ok && m_sentTo.workspaceId == m_context->workspaceId())
        m_context->refreshCriteria(result.createdId);
}

void WorkspaceBinder::offerCheck(QDialog *dialog)
{
    auto *errorDialog = qobject_cast<ErrorDialog *>(dialog);
    if (!errorDialog || !errorDialog->result().error.ambiguous)
        return;
    auto *button = new QPushButton(tr("C&heck whether it was created"));
    button->setObjectName(QStringLiteral("checkCreatedButton"));
    button->setToolTip(tr("Read the workspace's criteria again and look for this one"));
    errorDialog->addAction(button);
    connect(button, &QPushButton::clicked, this, &WorkspaceBinder::checkCreated);
}

void WorkspaceBinder::checkCreated()
{
    if (m_check->isBusy())
        return;
    m_check->start(m_sentTo, m_sent, m_listedBefore);
}

} // namespace seqring
