#include "ui/autosaveoffer.h"

#include "app/workspace/autosavecontroller.h"
#include "app/workspace/editcontroller.h"
#include "app/workspace/targetmodel.h"
#include "app/workspace/workspacecontext.h"
#include "models/sequentialringsettingsmodel.h"
#include "ui/results/problembox.h"
#include "ui/ringsettingsactions.h"
#include "ui/ringsettingsdialog.h"
#include "ui/snapshotundo.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace seqring
{

AutosaveOffer::AutosaveOffer(const Parts &parts, QMainWindow *window)
    : QWidget(window), m_parts(parts), m_window(window), m_text(new QLabel(this)),
      m_restore(new QPushButton(this)), m_discard(new QPushButton(this))
{
    setObjectName(QStringLiteral("autosaveOffer"));
    m_text->setObjectName(QStringLiteral("autosaveOfferLabel"));
    m_restore->setObjectName(QStringLiteral("restoreAutosaveButton"));
    m_discard->setObjectName(QStringLiteral("discardAutosaveButton"));
    m_text->setWordWrap(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore, 0, Qt::AlignTop);
    layout->addWidget(m_discard, 0, Qt::AlignTop);
    connect(m_restore, &QPushButton::clicked, this, &AutosaveOffer::restore);
    connect(m_discard, &QPushButton::clicked, this, &AutosaveOffer::discard);
    hide();
    retranslate();
    if (m_parts.path.isEmpty())
        return;
    m_controller =
        new AutosaveController(m_parts.path, m_parts.target, m_parts.model, m_parts.editor, this);
    connect(m_controller, &AutosaveController::writeFailed, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 10000); });
    connect(m_parts.ring, &RingSettingsActions::editorOpened, m_controller,
            [this](RingSettingsDialog *dialog) { m_controller->setRingEditor(dialog->model()); });
    connect(m_parts.context, &WorkspaceContext::settingsChanged, this,
            &AutosaveOffer::reopenRingEditor);
    // On the first pass of the event loop: the window is shown and its settings are loaded.
    QTimer::singleShot(0, this, &AutosaveOffer::check);
}

void AutosaveOffer::check()
{
    const Parsed<AutosaveState> found = AutosaveFile::read(m_parts.path);
    if (found.ok()) {
        m_found = found.value;
        retranslate();
        show();
        return;
    }
    if (found.error.isEmpty())
        return; // no autosave
    const QString asideTo = AutosaveFile::setAside(m_parts.path, QDateTime::currentDateTimeUtc());
    const QString what =
        asideTo.isEmpty() ? tr("It could not be set aside and was removed; nothing was restored.")
                          : tr("It was set aside as \"%1\"; nothing was restored.")
                                .arg(QDir::toNativeSeparators(asideTo));
    ProblemBox::open(m_window, tr("Autosave not restored"),
                     found.error + QStringLiteral("\n\n") + what,
                     QStringLiteral("autosaveProblemBox"));
}

void AutosaveOffer::restore()
{
    if (!m_found)
        return;
    const AutosaveState state = *std::exchange(m_found, std::nullopt);
    hide();
    m_controller->restore(state);
    // Nothing to undo past the restore; yet the restored work is not saved anywhere, so the
    // unsaved-changes guard still asks before it is dropped.
    m_parts.undo->reset();
    if (!state.isEditing() || !m_parts.editor->changes().isEmpty())
        m_parts.undo->stack()->resetClean();
    m_ring = state.ring;
    reopenRingEditor();
    m_window->statusBar()->showMessage(tr("The autosaved form was restored."), 5000);
}

void AutosaveOffer::discard()
{
    m_found.reset();
    hide();
    m_controller->forget();
}

void AutosaveOffer::reopenRingEditor()
{
    // Another workspace drops the settings read before it: these are the restored one's.
    if (!m_ring || !m_parts.context->settings())
        return;
    m_parts.ring->open();
    RingSettingsDialog *dialog = m_parts.ring->dialog();
    if (!dialog)
        return;
    const SequentialRingSettings ring = *std::exchange(m_ring, std::nullopt);
    SequentialRingSettingsModel *model = dialog->model();
    model->setEnabled(ring.enabled);
    model->setRingBaseLocationFirst(ring.ringBaseLocationFirst);
    model->setBaseLocationRings(ring.baseLocationRings);
    model->setContinueIfBaseLocationIsBusy(ring.continueIfBaseLocationIsBusy);
    model->setCallsToVoicemail(ring.callsToVoicemail);
    for (int slot = 0; slot < ring.numbers.size() && slot < kMaxRingNumbers; ++slot) {
        model->setNumber(slot, ring.numbers.at(slot).phoneNumber);
        model->setRings(slot, ring.numbers.at(slot).rings);
        model->setAnswerConfirmation(slot, ring.numbers.at(slot).answerConfirmation);
    }
    dialog->undo()->reset();
}

void AutosaveOffer::keepOnClose()
{
    m_keep = true;
    if (m_controller)
        m_controller->flush();
}

void AutosaveOffer::windowClosing()
{
    if (m_controller && !m_keep)
        m_controller->removeFile();
}

void AutosaveOffer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AutosaveOffer::retranslate()
{
    m_restore->setText(tr("Restore")); // no mnemonic: every letter of both is taken
    m_discard->setText(tr("Discard"));
    m_restore->setToolTip(tr("Put the autosaved form back"));
    m_discard->setToolTip(tr("Delete the autosave and keep the form as it is"));
    if (!m_found)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString when = QLocale().toString(m_found->savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString age = AutosaveFile::describeAge(m_found->savedAt, now);
    m_text->setText(m_found->isEditing()
                        ? tr("Changes to a criteria were autosaved %1 (%2) and not saved on the "
                             "service when seqring-admin last ended.")
                              .arg(age, when)
                        : tr("A form was autosaved %1 (%2) when seqring-admin last ended "
                             "without a clean quit.")
                              .arg(age, when));
}

} // namespace seqring
