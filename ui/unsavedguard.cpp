#include "ui/unsavedguard.h"

#include "app/workspace/editcontroller.h"
#include "ui/draftactions.h"
#include "ui/existingcriteriapanel.h"
#include "ui/mainwindow.h"
#include "ui/snapshotundo.h"
#include "ui/targetpanel.h"
#include "ui/workspacedialogs.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <memory>
#include <utility>

namespace seqring
{

UnsavedGuard::UnsavedGuard(const Parts &parts, MainWindow *window)
    : QObject(window), m_undo(parts.undo), m_editor(parts.editor), m_drafts(parts.drafts),
      m_window(window)
{
    setObjectName(QStringLiteral("unsavedGuard"));
    const auto saved = [this] {
        m_undo->stack()->setClean();
        if (auto proceed = std::exchange(m_pending, nullptr))
            proceed();
    };
    connect(m_editor, &EditController::saved, this, saved);
    connect(m_drafts, &DraftActions::saved, this, saved);
    // A save that failed or met a conflict does not go on with what waited for it.
    connect(m_editor, &EditController::saveFailed, this, [this] { m_pending = nullptr; });
    connect(m_editor, &EditController::conflict, this, [this] { m_pending = nullptr; });
    connect(m_editor, &EditController::saveRefused, this, [this] { m_pending = nullptr; });
    connect(m_window, &MainWindow::createFinished, this, [this](const ApiResult &result) {
        if (result.ok)
            m_undo->stack()->setClean(); // the form is on the service now
    });
    wire(parts);
}

bool UnsavedGuard::hasUnsavedChanges() const
{
    return !m_undo->stack()->isClean();
}

UnsavedCheck UnsavedGuard::check()
{
    return [this](const std::function<void()> &proceed) { confirm(proceed); };
}

void UnsavedGuard::confirm(const std::function<void()> &proceed,
                           const std::function<void()> &declined)
{
    if (!hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (m_box) { // one question at a time
        if (declined)
            declined();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        m_editor->isEditing() ? tr("The criteria has changes that are not saved. Save "
                                   "them on the service first?")
                              : tr("The form has changes that are not saved in a draft. "
                                   "Save the draft first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, declined] {
        m_box = nullptr; // answered: the next question may come
        const auto answer = box->standardButton(box->clickedButton());
        bool ran = false;
        if (answer == QMessageBox::Discard) {
            m_undo->stack()->setClean();
            proceed();
            ran = true;
        } else if (answer == QMessageBox::Save) {
            auto done = std::make_shared<bool>(false);
            save([proceed, done] {
                *done = true;
                proceed();
            });
            ran = *done;
        }
        if (!ran && declined)
            declined();
    });
    m_box = box;
    box->open();
}

void UnsavedGuard::save(const std::function<void()> &proceed)
{
    if (m_editor->isEditing() && m_editor->changes().isEmpty()) {
        m_undo->stack()->setClean(); // edited back to what was loaded: nothing to send
        proceed();
    } else if (m_editor->isEditing()) {
        m_pending = proceed;
        // The window's Save changes: the PUT, after its check; saved() or a failure follows.
        m_window->create();
    } else if (!m_drafts->path().isEmpty()) {
        m_pending = proceed;
        m_drafts->saveDraft(m_drafts->path());
        m_pending = nullptr; // saved() ran it, or the draft could not be written
    } else {
        m_drafts->saveAsAction()->trigger(); // the admin saves, then does it again
    }
}

bool UnsavedGuard::holdClose(QCloseEvent *event)
{
    if (!hasUnsavedChanges())
        return false; // clean, or made clean by Save or Discard
    event->ignore();
    confirm([this] { m_window->close(); });
    return true;
}

void UnsavedGuard::wire(const Parts &parts)
{
    connect(parts.panel, &ExistingCriteriaPanel::editRequested, this,
            [this](const QString &id) { confirm([this, id] { m_editor->startEdit(id); }); });
    parts.dialogs->setUnsavedCheck(check());
    parts.target->setUnsavedGuard(this);
    m_drafts->setUnsavedCheck(check());
}

} // namespace seqring
