#include "ui/criteriaconflictdialog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seqring
{

CriteriaConflictDialog::CriteriaConflictDialog(const Criteria &mine,
                                               const std::optional<Criteria> &theirs,
                                               QWidget *parent)
    : QDialog(parent), m_deleted(!theirs), m_message(new QLabel(this)),
      m_mineLabel(new QLabel(this)), m_theirsLabel(new QLabel(this)),
      m_mine(new QPlainTextEdit(this)), m_theirs(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("criteriaConflictDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_message->setWordWrap(true);
    m_mine->setObjectName(QStringLiteral("conflictMineText"));
    m_theirs->setObjectName(QStringLiteral("conflictTheirsText"));
    for (QPlainTextEdit *text : {m_mine, m_theirs}) {
        text->setReadOnly(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_mineLabel->setBuddy(m_mine);
    m_theirsLabel->setBuddy(m_theirs);
    m_mine->setPlainText(QString::fromUtf8(CriteriaJson::toJson(mine)));
    if (theirs)
        m_theirs->setPlainText(QString::fromUtf8(CriteriaJson::toJson(*theirs)));

    auto *sides = new QGridLayout;
    sides->addWidget(m_mineLabel, 0, 0);
    sides->addWidget(m_theirsLabel, 0, 1);
    sides->addWidget(m_mine, 1, 0);
    sides->addWidget(m_theirs, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(sides, 1);
    layout->addLayout(buttons);
    if (m_deleted) {
        m_createAgain = addChoice("createAgainButton", Choice::CreateAgain);
        buttons->addWidget(m_createAgain);
    } else {
        m_overwrite = addChoice("overwriteButton", Choice::Overwrite);
        m_loadTheirs = addChoice("loadTheirsButton", Choice::LoadTheirs);
        buttons->addWidget(m_overwrite);
        buttons->addWidget(m_loadTheirs);
    }
    m_cancel = addChoice("conflictCancelButton", Choice::Cancel);
    m_cancel->setDefault(true);
    buttons->addWidget(m_cancel);
    retranslate();
    resize(720, 420);
}

QPushButton *CriteriaConflictDialog::addChoice(const char *objectName, Choice choice)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, choice] {
        Q_EMIT chosen(choice);
        choice == Choice::Cancel ? reject() : accept();
    });
    return button;
}

QString CriteriaConflictDialog::mineText() const
{
    return m_mine->toPlainText();
}

QString CriteriaConflictDialog::theirsText() const
{
    return m_theirs->toPlainText();
}

void CriteriaConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CriteriaConflictDialog::retranslate()
{
    setWindowTitle(tr("The criteria changed on the service"));
    m_message->setText(
        m_deleted ? tr("Someone deleted this criteria on the service after you loaded it. Create "
                       "it again with your version, or cancel and keep editing.")
                  : tr("Someone changed this criteria on the service after you loaded it. "
                       "Overwrite it with your version, load theirs into the form, or cancel."));
    m_mineLabel->setText(tr("&Your version"));
    m_theirsLabel->setText(tr("On the &service"));
    m_theirs->setPlaceholderText(tr("(deleted)"));
    if (m_overwrite)
        m_overwrite->setText(tr("&Overwrite"));
    if (m_loadTheirs)
        m_loadTheirs->setText(tr("&Load theirs"));
    if (m_createAgain)
        m_createAgain->setText(tr("C&reate it again"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace seqring
