#include "ui/sendbar.h"

#include "app/client/apijob.h"
#include "app/client/apiresult.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace seqring
{

SendBar::SendBar(QWidget *parent)
    : QWidget(parent), m_createButton(new QPushButton(this)), m_cancelButton(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_status->setObjectName(QStringLiteral("sendStatusLabel"));
    m_createButton->setDefault(true);
    // Ctrl+Return anywhere in the window (the button's own shortcut is its mnemonic).
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_createButton->isEnabled())
                m_createButton->click();
        });
    }
    m_progress->setRange(0, 0); // busy indicator
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_createButton);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_secondsLeft = qMax(0, m_secondsLeft - 1);
        showCountdown();
        if (m_secondsLeft == 0)
            m_countdown.stop();
    });
    connect(m_createButton, &QPushButton::clicked, this, [this] {
        if (!isBusy())
            Q_EMIT createRequested();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    retranslate();
    setBusy(false);
}

QString SendBar::statusText() const
{
    return m_status->text();
}

void SendBar::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    m_createButton->setEnabled(reason.isEmpty() && !isBusy());
    if (!reason.isEmpty())
        m_createButton->setToolTip(m_editing ? tr("Cannot save yet: %1").arg(reason)
                                             : tr("Cannot create yet: %1").arg(reason));
    else
        m_createButton->setToolTip(tr("Send the request shown in the preview (Ctrl+Return)"));
}

void SendBar::setEditing(bool editing)
{
    m_editing = editing;
    retranslate();
}

void SendBar::track(ApiJob *job)
{
    m_job = job;
    m_attempt = 0;
    setBusy(true);
    m_status->setText(tr("Sending the request…"));
    connect(job, &ApiJob::rateLimited, this, [this](int attempt, int waitSeconds) {
        m_attempt = attempt;
        m_secondsLeft = waitSeconds;
        showCountdown();
        m_countdown.start();
    });
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        m_countdown.stop();
        m_job.clear();
        setBusy(false);
        m_status->setText(result.summary());
        Q_EMIT finished(result);
    });
}

void SendBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SendBar::retranslate()
{
    m_createButton->setText(m_editing ? tr("Save &changes") : tr("&Create criteria"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop waiting for this request (Esc)"));
    m_progress->setAccessibleName(tr("Sending"));
    m_status->setAccessibleName(tr("Request status"));
    setBlockedReason(m_blockedReason);
}

void SendBar::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setShortcut(busy ? QKeySequence(Qt::Key_Escape) : QKeySequence());
    m_createButton->setEnabled(!busy && m_blockedReason.isEmpty());
}

void SendBar::showCountdown()
{
    m_status->setText(tr("The service is rate limiting requests (429). Retrying in %n "
                         "second(s)…",
                         nullptr, m_secondsLeft) +
                      QLatin1Char(' ') + tr("Retry %1.").arg(m_attempt));
}

} // namespace seqring
