#include "ui/calltestdialog.h"

#include "models/localclock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seqring
{

CallTestDialog::CallTestDialog(QWidget *parent)
    : QDialog(parent), m_callerLabel(new QLabel(this)), m_timeLabel(new QLabel(this)),
      m_zone(new QLabel(this)), m_caller(new QComboBox(this)), m_time(new QDateTimeEdit(this)),
      m_test(new QPushButton(this)), m_answer(new QLabel(this)), m_ifSaved(new QLabel(this))
{
    setObjectName(QStringLiteral("callTestDialog"));
    m_caller->setObjectName(QStringLiteral("callerCombo"));
    m_time->setObjectName(QStringLiteral("callTimeEdit"));
    m_zone->setObjectName(QStringLiteral("callZoneLabel"));
    m_test->setObjectName(QStringLiteral("testCallButton"));
    m_answer->setObjectName(QStringLiteral("callAnswerLabel"));
    m_ifSaved->setObjectName(QStringLiteral("callIfSavedLabel"));
    m_caller->setEditable(true);
    m_caller->setInsertPolicy(QComboBox::NoInsert);
    m_caller->addItems({QString(), QString()});
    m_callerLabel->setBuddy(m_caller);
    m_timeLabel->setBuddy(m_time);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setTimeSpec(Qt::UTC); // a floating wall clock (LocalClock::wall)
    m_time->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_time->setDateTime(
        LocalClock::wall(now.date(), QTime(now.time().hour(), now.time().minute())));
    for (QLabel *label : {m_answer, m_ifSaved}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setMinimumWidth(460);
    }
    m_test->setDefault(true);

    auto *when = new QHBoxLayout;
    when->addWidget(m_time, 1);
    when->addWidget(m_zone);
    auto *form = new QFormLayout;
    form->addRow(m_callerLabel, m_caller);
    form->addRow(m_timeLabel, when);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answer);
    layout->addWidget(m_ifSaved);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CallTestDialog::testRequested);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] { m_timeEdited = true; });
    retranslate();
    m_caller->setCurrentIndex(0);
}

void CallTestDialog::setLocation(const QString &name, const QString &timeZone, const QDateTime &now)
{
    m_location = name;
    m_zoneName = timeZone;
    if (!m_timeEdited && now.isValid()) {
        setLocalTime(LocalClock::wall(now.date(), QTime(now.time().hour(), now.time().minute())));
        m_timeEdited = false;
    }
    retranslate();
}

Parsed<Caller> CallTestDialog::caller(const QString &defaultRegion) const
{
    const QString text = m_caller->currentText().trimmed();
    if (text == m_caller->itemText(0))
        return {Caller{Caller::Kind::Private, {}}, {}};
    if (text == m_caller->itemText(1))
        return {Caller{Caller::Kind::Unavailable, {}}, {}};
    return CallerParser::parse(text, defaultRegion);
}

QString CallTestDialog::callerText() const
{
    return m_caller->currentText();
}

void CallTestDialog::setCallerText(const QString &text)
{
    m_caller->setEditText(text);
}

QDateTime CallTestDialog::localTime() const
{
    const QDateTime t = m_time->dateTime();
    return LocalClock::wall(t.date(), t.time());
}

void CallTestDialog::setLocalTime(const QDateTime &local)
{
    m_time->setDateTime(LocalClock::wall(local.date(), local.time()));
}

void CallTestDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    if (busy) {
        m_answer->setText(tr("Reading the schedules, the criteria and the ring settings…"));
        m_ifSaved->clear();
    }
}

void CallTestDialog::setAnswer(const QString &answer, const QString &ifSaved)
{
    m_test->setEnabled(true);
    m_answer->setText(answer);
    m_ifSaved->setText(ifSaved);
}

void CallTestDialog::setProblem(const QString &problem)
{
    setAnswer(problem, QString());
}

QString CallTestDialog::answer() const
{
    return m_answer->text();
}

QString CallTestDialog::ifSaved() const
{
    return m_ifSaved->text();
}

void CallTestDialog::retranslate()
{
    setWindowTitle(tr("Test a call"));
    m_callerLabel->setText(tr("&Caller:"));
    m_timeLabel->setText(tr("&Date and time:"));
    m_test->setText(tr("&Test"));
    const bool wasPrivate =
        m_caller->currentIndex() == 0 && m_caller->currentText() == m_caller->itemText(0);
    m_caller->setItemText(0, tr("Private caller"));
    m_caller->setItemText(1, tr("Unavailable caller"));
    if (wasPrivate)
        m_caller->setEditText(m_caller->itemText(0));
    m_caller->setToolTip(tr("A phone number, Private caller or Unavailable caller"));
    m_caller->lineEdit()->setPlaceholderText(QStringLiteral("+44 20 7183 8750"));
    m_zone->setText(m_zoneName.isEmpty() ? tr("(time at the workspace's location)")
                                         : tr("at %1 (%2)").arg(m_location, m_zoneName));
    m_time->setAccessibleName(m_zoneName.isEmpty()
                                  ? tr("Date and time")
                                  : tr("Date and time at %1 (%2)").arg(m_location, m_zoneName));
    m_caller->setAccessibleName(tr("Caller"));
    m_caller->lineEdit()->setAccessibleName(tr("Caller"));
    m_answer->setAccessibleName(tr("What happens to the call"));
    m_ifSaved->setAccessibleName(tr("If the form's criteria were saved"));
}

void CallTestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace seqring
