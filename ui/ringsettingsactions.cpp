#include "ui/ringsettingsactions.h"

#include "app/workspace/workspacecontext.h"
#include "models/criteriamodel.h"
#include "ui/ringsettingsdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>

namespace seqring
{

RingSettingsActions::RingSettingsActions(WorkspaceContext *context, CriteriaModel *model,
                                         QMainWindow *window)
    : QObject(window), m_context(context), m_model(model), m_window(window),
      m_warning(new QWidget(window)), m_warningText(new QLabel(m_warning)),
      m_turnOn(new QPushButton(m_warning))
{
    setObjectName(QStringLiteral("ringSettingsActions"));
    m_warning->setObjectName(QStringLiteral("ringOffWarning"));
    m_warningText->setObjectName(QStringLiteral("ringOffWarningLabel"));
    m_turnOn->setObjectName(QStringLiteral("turnOnButton"));
    m_warningText->setWordWrap(true);
    auto *layout = new QHBoxLayout(m_warning);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_warningText, 1);
    layout->addWidget(m_turnOn, 0, Qt::AlignTop);
    connect(m_turnOn, &QPushButton::clicked, this, &RingSettingsActions::open);
    connect(m_context, &WorkspaceContext::settingsChanged, this,
            &RingSettingsActions::updateWarning);
    SequentialRingReader *reader = m_context->reader();
    connect(reader, &SequentialRingReader::settingsWritten, this, [this] {
        if (m_dialog)
            m_dialog->accept();
        m_window->statusBar()->showMessage(tr("The sequential ring settings were saved."), 5000);
    });
    connect(reader, &SequentialRingReader::writeFailed, this, [this](const ApiResult &result) {
        if (m_dialog)
            m_dialog->showFailure(tr("Saving the settings failed: %1").arg(result.error.text()));
    });
    retranslate();
    updateWarning();
}

void RingSettingsActions::open()
{
    const auto settings = m_context->settings();
    if (!settings) {
        m_window->statusBar()->showMessage(
            tr("The sequential ring settings have not been read yet."), 5000);
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new RingSettingsDialog(*settings, m_context->target()->requestContext(),
                                      m_model->defaultRegion(), m_window);
    connect(m_dialog, &RingSettingsDialog::saveRequested, this,
            [this](const HttpRequestSpec &request) {
                m_dialog->showFailure(QString());
                m_context->reader()->writeSettings(m_context->target()->requestContext(), request);
            });
    m_dialog->open();
    Q_EMIT editorOpened(m_dialog);
}

void RingSettingsActions::updateWarning()
{
    const auto settings = m_context->settings();
    m_warning->setVisible(settings && (!settings->enabled || settings->numbers.isEmpty()));
}

void RingSettingsActions::retranslate()
{
    m_warningText->setText(tr("Sequential ring is off for this workspace: criteria have no "
                              "effect until it is turned on."));
    m_turnOn->setText(tr("Turn on…"));
    m_turnOn->setToolTip(tr("Open the sequential ring settings (Ctrl+R)"));
}

} // namespace seqring
