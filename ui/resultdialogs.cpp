#include "resultdialogs.h"

#include "resultfields.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace seqring
{

SuccessDialog::SuccessDialog(const ApiResult &result, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("successDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Criteria created"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Information"));

    auto *heading = new QLabel(tr("The sequential ring criteria was created."), this);
    heading->setObjectName(QStringLiteral("successHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("successStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(result.statusMeaning.isEmpty()
                          ? tr("Webex answered with HTTP status %1.").arg(result.httpStatus)
                          : result.statusMeaning);

    auto *idLabel = new QLabel(tr("New criteria &ID:"), this);
    m_id = resultfields::idField(result.createdId, QStringLiteral("successId"), this);
    m_id->setPlaceholderText(tr("Webex did not return an ID"));
    idLabel->setBuddy(m_id);
    auto *copy =
        resultfields::copyButton(tr("&Copy ID"), QStringLiteral("copyIdButton"), m_id, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("successButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_id, 1);
    idRow->addWidget(copy);
    auto *grid = new QGridLayout;
    grid->addWidget(heading, 0, 0, 1, 2);
    grid->addWidget(m_status, 1, 0, 1, 2);
    grid->addWidget(idLabel, 2, 0);
    grid->addLayout(idRow, 2, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(grid, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
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
