#include "ui/workspacedialogs.h"

#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacebinder.h"
#include "app/workspace/workspacecontext.h"
#include "ui/results/errordialog.h"
#include "ui/results/resultdialogs.h"
#include "ui/workspacepickerdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace seqring
{

WorkspaceDialogs::WorkspaceDialogs(TargetModel *target, WorkspaceBinder *binder, QWidget *window)
    : QObject(window), m_target(target), m_binder(binder), m_window(window),
      m_chooseAction(new QAction(this))
{
    setObjectName(QStringLiteral("workspaceDialogs"));
    m_chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_chooseAction->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_chooseAction);
    connect(m_chooseAction, &QAction::triggered, this, [this] { openPicker(); });
    connect(m_binder, &WorkspaceBinder::checkFinished, this,
            [this](CreatedCheck::Outcome outcome, const QString &, const QString &message) {
                auto *box = new QMessageBox(
                    outcome == CreatedCheck::Outcome::Created ? QMessageBox::Information
                                                              : QMessageBox::Warning,
                    tr("Was the criteria created?"), message, QMessageBox::Ok, m_window);
                box->setObjectName(QStringLiteral("createdCheckBox"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    retranslate();
}

void WorkspaceDialogs::retranslate()
{
    m_chooseAction->setText(tr("&Choose workspace…"));
}

void WorkspaceDialogs::setDebounceInterval(int milliseconds)
{
    m_debounce = milliseconds;
    m_binder->setLookupDelay(milliseconds);
    if (m_picker)
        m_picker->setDebounceInterval(milliseconds);
}

WorkspacePickerDialog *WorkspaceDialogs::openPicker()
{
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return m_picker;
    }
    auto *dialog = new WorkspacePickerDialog(
        m_binder->context()->directory(), [this] { return m_target->requestContext(); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDebounceInterval(m_debounce);
    connect(dialog, &WorkspacePickerDialog::workspaceChosen, m_target,
            [this](const WorkspaceEntry &entry) {
                const auto choose = [this, entry] { m_target->chooseWorkspace(entry); };
                m_check ? m_check(choose) : choose();
            });
    m_picker = dialog;
    dialog->open();
    Q_EMIT pickerOpened(dialog);
    return dialog;
}

void WorkspaceDialogs::chooseWorkspaceId(const QString &id)
{
    const auto choose = [this, id] { m_target->setWorkspaceId(id); };
    m_check ? m_check(choose) : choose();
}

void WorkspaceDialogs::offerCheck(QDialog *dialog)
{
    auto *errorDialog = qobject_cast<ErrorDialog *>(dialog);
    if (!errorDialog || !errorDialog->result().error.ambiguous)
        return;
    auto *button = new QPushButton(tr("C&heck whether it was created"));
    button->setObjectName(QStringLiteral("checkCreatedButton"));
    button->setToolTip(tr("Read the workspace's criteria again and look for this one"));
    errorDialog->addAction(button);
    connect(button, &QPushButton::clicked, m_binder, &WorkspaceBinder::checkCreated);
}

} // namespace seqring
