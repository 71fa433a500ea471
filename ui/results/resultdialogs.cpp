#include "ui/results/resultdialogs.h"

#include "ui/results/errordialog.h"
#include "ui/results/resultfields.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace seqring
{

SuccessDialog::SuccessDialog(const ApiResult &result, QWidget *parent)
    : QDialog(parent), m_result(result)
{
    setObjectName(QStringLiteral("successDialog"));
    setAttribute(Qt::WA_DeleteOnClose);

    // Texts are set by retranslate().
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("successHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("successStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_idLabel = new QLabel(this);
    m_id = resultfields::idField(result.createdId, QStringLiteral("successId"), this);
    m_idLabel->setBuddy(m_id);
    m_copyId = resultfields::copyButton(QString(), QStringLiteral("copyIdButton"), m_id, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("successButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);
    auto *grid = new QGridLayout;
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(m_status, 1, 0, 1, 2);
    grid->addWidget(m_idLabel, 2, 0);
    grid->addLayout(idRow, 2, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_icon);
    body->addLayout(grid, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    retranslate();
}

void SuccessDialog::retranslate()
{
    setWindowTitle(tr("Criteria created"));
    m_icon->setAccessibleName(tr("Information"));
    m_heading->setText(tr("The sequential ring criteria was created."));
    m_status->setText(m_result.statusMeaning.isEmpty()
                          ? tr("Webex answered with HTTP status %1.").arg(m_result.httpStatus)
                          : m_result.statusMeaning);
    m_idLabel->setText(tr("New criteria &ID:"));
    m_id->setPlaceholderText(tr("Webex did not return an ID"));
    m_copyId->setText(tr("&Copy ID"));
    // The Close button is the button box's: it retranslates itself.
}

void SuccessDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QString SuccessDialog::idText() const
{
    return m_id->text();
}

QString SuccessDialog::statusText() const
{
    return m_status->text();
}

void SuccessDialog::copyId()
{
    if (!m_id->text().isEmpty())
        QApplication::clipboard()->setText(m_id->text());
}

ResultPresenter::ResultPresenter(QObject *parent) : QObject(parent) {}

void ResultPresenter::showSuccess(QWidget *parent, const ApiResult &result)
{
    auto *dialog = new SuccessDialog(result, parent);
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void ResultPresenter::showError(QWidget *parent, const ApiResult &result)
{
    auto *dialog = new ErrorDialog(result, parent);
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void ResultPresenter::showResult(QWidget *parent, const ApiResult &result)
{
    if (result.ok)
        showSuccess(parent, result);
    else
        showError(parent, result);
}

} // namespace seqring
