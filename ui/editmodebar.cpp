#include "ui/editmodebar.h"

#include "app/workspace/editcontroller.h"
#include "models/criteriamodel.h"
#include "ui/criteriaconflictdialog.h"
#include "ui/results/errordialog.h"
#include "ui/results/resultdialogs.h"
#include "ui/sendbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

namespace seqring
{

EditModeBar::EditModeBar(EditController *controller, CriteriaModel *model, SendBar *sendBar,
                         QMainWindow *window)
    : QWidget(window), m_controller(controller), m_sendBar(sendBar), m_banner(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_changes(new QLabel(window))
{
    setObjectName(QStringLiteral("editModeBar"));
    m_banner->setObjectName(QStringLiteral("editBannerLabel"));
    m_cancel->setObjectName(QStringLiteral("cancelEditButton"));
    m_changes->setObjectName(QStringLiteral("previewChangesLabel"));
    m_banner->setWordWrap(true);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, m_controller, &EditController::cancelEdit);
    connect(m_controller, &EditController::modeChanged, this, &EditModeBar::onModeChanged);
    connect(m_controller, &EditController::conflict, this, &EditModeBar::onConflict);
    connect(m_controller, &EditController::sendStarted, this, &EditModeBar::track);
    connect(m_controller, &EditController::saved, window,
            [window](const QString &, const QString &message) {
                window->statusBar()->showMessage(message, 5000);
            });
    connect(model, &CriteriaModel::validationChanged, this, &EditModeBar::refresh);
    connect(m_controller, &EditController::saveFailed, this, &EditModeBar::onSaveFailed);
    connect(m_controller, &EditController::saveRefused, this,
            [this](const QString &reason) { Q_EMIT problem(tr("Save changes"), reason); });
    connect(m_controller, &EditController::loadFailed, this,
            [this](const QString &message) { Q_EMIT problem(tr("Edit criteria"), message); });
    retranslate();
    onModeChanged();
}

void EditModeBar::setResultPresenter(ResultPresenter *presenter)
{
    if (m_presenter)
        disconnect(m_presenter, nullptr, this, nullptr);
    m_presenter = presenter;
    connect(presenter, &ResultPresenter::dialogShown, this, [this](QDialog *dialog) {
        auto *error = qobject_cast<ErrorDialog *>(dialog);
        if (!error || !m_offerCreate)
            return;
        m_offerCreate = false;
        auto *button = new QPushButton(tr("C&reate it again"));
        button->setObjectName(QStringLiteral("createAgainButton"));
        button->setToolTip(tr("Send the form's criteria as a new criteria (POST)"));
        error->addAction(button);
        connect(button, &QPushButton::clicked, m_controller, &EditController::createAgain);
        connect(button, &QPushButton::clicked, error, &QDialog::accept);
    });
}

QString EditModeBar::windowTitleText() const
{
    return m_controller->isEditing()
               ? tr("Editing criteria “%1” — seqring-admin").arg(m_controller->title())
               : tr("Sequential ring criteria — seqring-admin");
}

QString EditModeBar::bannerText() const
{
    return m_banner->text();
}

void EditModeBar::refresh()
{
    const QStringList lines = m_controller->changes();
    m_changes->setVisible(m_controller->isEditing());
    m_changes->setText(lines.isEmpty() ? tr("No changes against the loaded criteria.")
                                       : tr("Changes: %1").arg(lines.join(QLatin1String("; "))));
    m_changes->setAccessibleName(tr("Changes"));
}

void EditModeBar::onModeChanged()
{
    const bool editing = m_controller->isEditing();
    setVisible(editing);
    m_banner->setText(editing ? tr("Editing criteria “%1”").arg(m_controller->title()) : QString());
    m_sendBar->setEditing(editing);
    m_cancel->setShortcut(editing && !m_sendBar->isBusy() ? QKeySequence(Qt::Key_Escape)
                                                          : QKeySequence());
    if (QWidget *top = window(); top && top != this)
        top->setWindowTitle(windowTitleText());
    refresh();
}

void EditModeBar::track(ApiJob *job)
{
    m_cancel->setShortcut(QKeySequence()); // Esc stops the request meanwhile
    m_sendBar->track(job);
    connect(m_sendBar, &SendBar::finished, this, &EditModeBar::onModeChanged,
            Qt::SingleShotConnection);
}

void EditModeBar::onConflict(const Criteria &mine, const std::optional<Criteria> &theirs)
{
    auto *dialog = new CriteriaConflictDialog(mine, theirs, window());
    connect(dialog, &CriteriaConflictDialog::chosen, m_controller,
            [this](CriteriaConflictDialog::Choice choice) {
                switch (choice) {
                case CriteriaConflictDialog::Choice::Overwrite:
                    m_controller->overwrite();
                    break;
                case CriteriaConflictDialog::Choice::LoadTheirs:
                    m_controller->loadTheirs();
                    break;
                case CriteriaConflictDialog::Choice::CreateAgain:
                    m_controller->createAgain();
                    break;
                case CriteriaConflictDialog::Choice::Cancel:
                    break;
                }
            });
    dialog->open();
}

void EditModeBar::onSaveFailed(const ApiResult &result, bool notFound)
{
    if (!m_presenter || result.error.kind == ApiError::Kind::Cancelled)
        return;
    m_offerCreate = notFound;
    m_presenter->showError(window(), result);
    m_offerCreate = false;
}

void EditModeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EditModeBar::retranslate()
{
    m_cancel->setText(tr("Cancel editing"));
    m_cancel->setToolTip(tr("Go back to creating a new criteria, without sending (Esc)"));
    m_banner->setAccessibleName(tr("Edit mode"));
    onModeChanged();
}

} // namespace seqring
