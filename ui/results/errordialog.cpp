#include "ui/results/errordialog.h"

#include "app/client/responsereader.h"
#include "ui/results/resultfields.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace seqring
{

namespace
{

// A word-wrapped, selectable label that never interprets server text as rich text.
QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setShownText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ErrorDialog::ErrorDialog(const ApiResult &result, QWidget *parent)
    : QDialog(parent), m_result(result)
{
    setObjectName(QStringLiteral("errorDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    buildUi();
}

void ErrorDialog::buildUi()
{
    // Widgets here, texts in retranslate().
    const ApiError &error = m_result.error;
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const auto standard =
        error.ambiguous ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical;
    m_icon->setPixmap(style()->standardIcon(standard, nullptr, this).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    m_heading = textLabel(QStringLiteral("errorHeading"), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    // The ambiguity note comes right under the heading, bold and framed.
    m_ambiguity = textLabel(QStringLiteral("errorAmbiguity"), this);
    m_ambiguity->setFont(bold);
    m_ambiguity->setFrameShape(QFrame::StyledPanel);
    m_ambiguity->setMargin(6);
    m_ambiguity->setBackgroundRole(QPalette::AlternateBase);
    m_ambiguity->setAutoFillBackground(true);

    m_status = textLabel(QStringLiteral("errorStatus"), this);
    m_message = textLabel(QStringLiteral("errorMessage"), this);
    m_descriptions = textLabel(QStringLiteral("errorDescriptions"), this);
    m_retryAfter = textLabel(QStringLiteral("errorRetryAfter"), this);

    const QString trackingId = error.trackingId.isEmpty() ? m_result.trackingId : error.trackingId;
    m_trackingLabel = new QLabel(this);
    m_trackingId = resultfields::idField(trackingId, QStringLiteral("errorTrackingId"), this);
    m_trackingLabel->setBuddy(m_trackingId);
    m_copyTrackingId = resultfields::copyButton(QString(), QStringLiteral("copyTrackingIdButton"),
                                                m_trackingId, this);

    m_showDetails = new QPushButton(this);
    m_showDetails->setObjectName(QStringLiteral("showDetailsButton"));
    m_showDetails->setCheckable(true);
    m_showDetails->setAutoDefault(false);
    connect(m_showDetails, &QPushButton::toggled, this, &ErrorDialog::setDetailsVisible);
    m_showDetails->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("errorButtons"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *trackingRow = new QHBoxLayout;
    trackingRow->addWidget(m_trackingLabel);
    trackingRow->addWidget(m_trackingId, 1);
    trackingRow->addWidget(m_copyTrackingId);
    auto *text = new QVBoxLayout;
    const QList<QWidget *> lines{m_heading, m_ambiguity,    m_status,
                                 m_message, m_descriptions, m_retryAfter};
    for (QWidget *line : lines)
        text->addWidget(line);
    text->addLayout(trackingRow);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addLayout(text, 1);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_showDetails);
    detailsRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(detailsRow);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    retranslate();
}

void ErrorDialog::retranslate()
{
    const ApiError &error = m_result.error;
    setWindowTitle(error.ambiguous ? tr("Criteria may have been created")
                                   : tr("Criteria not created"));
    m_icon->setAccessibleName(error.ambiguous ? tr("Warning") : tr("Error"));
    m_heading->setText(error.ambiguous
                           ? tr("The request failed, but Webex may have carried it out.")
                           : tr("The request failed."));

    QString ambiguity;
    if (error.ambiguous) {
        ambiguity = !error.ambiguityNote.isEmpty()
                        ? error.ambiguityNote
                        : tr("Webex may have carried out the request. Check whether it was created "
                             "before you try again.");
    }
    setShownText(m_ambiguity, ambiguity);

    QStringList status;
    if (error.httpStatus != 0) {
        status << (error.statusMeaning.isEmpty()
                       ? tr("Webex answered with HTTP status %1.").arg(error.httpStatus)
                       : error.statusMeaning);
    }
    if (!error.problem.isEmpty())
        status << error.problem;
    if (status.isEmpty())
        status << tr("The request failed without an answer from Webex.");
    setShownText(m_status, status.join(QLatin1Char('\n')));

    setShownText(m_message, error.serverMessage.isEmpty()
                                ? QString()
                                : tr("Webex says: %1").arg(error.serverMessage));

    m_descriptionLines.clear();
    for (qsizetype i = 0; i < error.descriptions.size(); ++i) {
        // One arg() call, so a "%2" inside the server's text is left alone.
        m_descriptionLines << (i < error.errorCodes.size()
                                   ? tr("%1 (error code %2)")
                                         .arg(error.descriptions.at(i),
                                              QString::number(error.errorCodes.at(i)))
                                   : error.descriptions.at(i));
    }
    for (qsizetype i = error.descriptions.size(); i < error.errorCodes.size(); ++i)
        m_descriptionLines << tr("Error code %1").arg(error.errorCodes.at(i));
    if (error.topLevelErrorCode && !error.errorCodes.contains(*error.topLevelErrorCode))
        m_descriptionLines << tr("Error code %1").arg(*error.topLevelErrorCode);
    QStringList bullets;
    for (const QString &line : std::as_const(m_descriptionLines))
        bullets << QStringLiteral("\u2022 ") + line;
    setShownText(m_descriptions, bullets.join(QLatin1Char('\n')));

    setShownText(m_retryAfter,
                 error.retryAfterSeconds >= 0
                     ? tr("The service asks to wait %n second(s) before trying again.", nullptr,
                          error.retryAfterSeconds)
                     : QString());

    m_trackingLabel->setText(tr("Tracking &ID:"));
    m_trackingId->setPlaceholderText(tr("none"));
    m_trackingId->setToolTip(tr("Webex support asks for this ID."));
    m_copyTrackingId->setText(tr("&Copy tracking ID"));
    m_showDetails->setText(detailsVisible() ? tr("Hide &details") : tr("Show &details"));
    m_details->setAccessibleName(tr("Raw response"));
    // The raw answer is set once (a reader's selection survives); only the note is ours.
    const AnswerDetails &raw =
        m_result.rawResponse.isEmpty() ? error.rawResponse : m_result.rawResponse;
    if (raw.isEmpty())
        m_details->setPlainText(tr("No answer was received."));
    else if (m_details->document()->isEmpty())
        m_details->setPlainText(redactBearer(raw.text())); // made, redacted, here and only once
    // Close and any added action button: the button box and whoever added them.
}

void ErrorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ErrorDialog::addAction(QAbstractButton *button)
{
    m_buttons->addButton(button, QDialogButtonBox::ActionRole);
}

QString ErrorDialog::redactBearer(const QString &text)
{
    return ResponseReader::redact(text, {});
}

void ErrorDialog::copyTrackingId()
{
    if (!m_trackingId->text().isEmpty())
        QApplication::clipboard()->setText(m_trackingId->text());
}

void ErrorDialog::setDetailsVisible(bool visible)
{
    if (m_showDetails->isChecked() != visible)
        m_showDetails->setChecked(visible); // comes back here through toggled()
    m_showDetails->setText(visible ? tr("Hide &details") : tr("Show &details"));
    m_details->setVisible(visible);
    adjustSize();
}

bool ErrorDialog::detailsVisible() const
{
    return !m_details->isHidden();
}

QString ErrorDialog::headingText() const
{
    return m_heading->text();
}
QString ErrorDialog::statusText() const
{
    return m_status->text();
}
QString ErrorDialog::messageText() const
{
    return m_message->text();
}
QStringList ErrorDialog::descriptionTexts() const
{
    return m_descriptionLines;
}
QString ErrorDialog::retryAfterText() const
{
    return m_retryAfter->text();
}
QString ErrorDialog::ambiguityText() const
{
    return m_ambiguity->text();
}
QString ErrorDialog::trackingIdText() const
{
    return m_trackingId->text();
}
QString ErrorDialog::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace seqring
