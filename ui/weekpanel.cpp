#include "ui/weekpanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace seqring
{

WeekPanel::WeekPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_previous(new QPushButton(this)),
      m_this(new QPushButton(this)), m_next(new QPushButton(this)), m_chart(new WeekChart(this)),
      m_selection(new QLabel(this)), m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("weekPanel"));
    m_heading->setObjectName(QStringLiteral("weekHeading"));
    m_previous->setObjectName(QStringLiteral("previousWeekButton"));
    m_this->setObjectName(QStringLiteral("thisWeekButton"));
    m_next->setObjectName(QStringLiteral("nextWeekButton"));
    m_selection->setObjectName(QStringLiteral("weekSelection"));
    m_notes->setObjectName(QStringLiteral("weekNotes"));
    m_heading->setWordWrap(true);
    m_selection->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_this);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_selection);
    layout->addWidget(m_notes);
    connect(m_previous, &QPushButton::clicked, this, &WeekPanel::previousWeek);
    connect(m_this, &QPushButton::clicked, this, &WeekPanel::thisWeek);
    connect(m_next, &QPushButton::clicked, this, &WeekPanel::nextWeek);
    connect(m_chart, &WeekChart::selectionChanged, m_selection, &QLabel::setText);
    setTabOrder(m_previous, m_this);
    setTabOrder(m_this, m_next);
    setTabOrder(m_next, m_chart);
    retranslate();
}

void WeekPanel::setHeading(QDate monday, const QString &location, const QString &timeZone)
{
    m_monday = monday;
    m_location = location;
    m_zone = timeZone;
    updateHeading();
}

void WeekPanel::setNotes(const QStringList &lines)
{
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!lines.isEmpty());
}

QString WeekPanel::notes() const
{
    return m_notes->text();
}

void WeekPanel::setReading(bool reading)
{
    m_reading = reading;
    updateHeading();
}

void WeekPanel::updateHeading()
{
    QString text;
    if (m_monday.isValid()) {
        const QString week = QLocale().toString(m_monday, QLocale::LongFormat);
        text = m_location.isEmpty() ? tr("Week of %1").arg(week)
                                    : tr("Week of %1 at %2 (%3)").arg(week, m_location, m_zone);
    }
    if (m_reading)
        text = text.isEmpty() ? tr("Reading the week…") : tr("%1, reading…").arg(text);
    m_heading->setText(text);
}

void WeekPanel::retranslate()
{
    m_previous->setText(tr("Previous week"));
    m_this->setText(tr("This week"));
    m_next->setText(tr("Next week"));
    m_selection->setAccessibleName(tr("Selected band"));
    m_notes->setAccessibleName(tr("Week problems"));
    updateHeading();
}

void WeekPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace seqring
