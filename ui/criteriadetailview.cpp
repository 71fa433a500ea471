#include "ui/criteriadetailview.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace seqring
{

namespace
{
QString yesNo(bool on)
{
    return on ? CriteriaDetailView::tr("Yes") : CriteriaDetailView::tr("No");
}
} // namespace

CriteriaDetailView::CriteriaDetailView(QWidget *parent)
    : QWidget(parent), m_message(new QLabel(this)), m_edit(new QPushButton(this)),
      m_template(new QPushButton(this)), m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("criteriaDetailView"));
    m_message->setObjectName(QStringLiteral("criteriaDetailMessage"));
    m_message->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editCriteriaButton"));
    m_template->setObjectName(QStringLiteral("useAsTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteCriteriaButton"));

    auto *form = new QFormLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_template);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    const QList<QPair<QString, const char *>> rows{
        {tr("Criteria ID"), "detailIdEdit"},
        {tr("Schedule"), "detailScheduleEdit"},
        {tr("Calls from"), "detailCallsFromEdit"},
        {tr("Numbers"), "detailNumbersEdit"},
        {tr("Private or unavailable callers"), "detailCallersEdit"},
        {tr("Rings sequentially"), "detailRingEdit"}};
    for (const auto &[label, name] : rows) {
        auto *title = new QLabel(label, this);
        QLineEdit *field = addRow(label, name);
        title->setBuddy(field);
        form->addRow(title, field);
        m_titles.append(title);
    }
    retranslate();
    connect(m_template, &QPushButton::clicked, this, [this] {
        if (m_criteria)
            Q_EMIT useAsTemplate(*m_criteria);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT editRequested(m_id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT deleteRequested(m_id);
    });
    setCriteria(QString(), std::nullopt);
}

QLineEdit *CriteriaDetailView::addRow(const QString &label, const char *objectName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(QLatin1String(objectName));
    field->setReadOnly(true);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_fields.append(field);
    return field;
}

QString CriteriaDetailView::fieldText(const char *objectName) const
{
    for (const QLineEdit *field : m_fields) {
        if (field->objectName() == QLatin1String(objectName))
            return field->text();
    }
    return {};
}

void CriteriaDetailView::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CriteriaDetailView::setCriteria(const QString &id, const std::optional<Criteria> &criteria)
{
    m_id = id;
    m_criteria = criteria;
    QStringList values(m_fields.size());
    if (criteria) {
        const Criteria &c = *criteria;
        values[0] = id;
        values[1] = c.schedule ? tr("%1 (%2)").arg(c.schedule->name,
                                                   c.schedule->type == ScheduleType::Holidays
                                                       ? tr("holidays")
                                                       : tr("business hours"))
                               : tr("All hours, all days");
        const bool any = c.callsFrom == CallsFrom::AnyPhoneNumber;
        values[2] = any ? tr("Any phone number") : tr("Selected phone numbers");
        values[3] = any ? QString() : c.phoneNumbers.join(QLatin1String(", "));
        values[4] =
            any ? QString()
                : tr("Private: %1, unavailable: %2")
                      .arg(yesNo(c.anonymousCallersEnabled), yesNo(c.unavailableCallersEnabled));
        values[5] = yesNo(c.ringEnabled);
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        m_fields.at(i)->setText(values.at(i));
        m_fields.at(i)->setCursorPosition(0);
    }
    m_edit->setEnabled(criteria.has_value());
    m_template->setEnabled(criteria.has_value());
    m_delete->setEnabled(!id.isEmpty());
    // The fields take room only once there is something to show in them.
    const bool shown = criteria.has_value() || !id.isEmpty();
    for (QWidget *w : std::as_const(m_fields))
        w->setVisible(shown);
    for (QWidget *w : std::as_const(m_titles))
        w->setVisible(shown);
    m_edit->setVisible(shown);
    m_template->setVisible(shown);
    m_delete->setVisible(shown);
    setMessage(id.isEmpty() ? tr("Select a criteria above to see it here.") : QString());
}

QString CriteriaDetailView::describe() const
{
    if (!m_criteria)
        return m_id;
    const Criteria &c = *m_criteria;
    const QString schedule =
        c.schedule ? tr("schedule \"%1\"").arg(c.schedule->name) : tr("all hours");
    const QString from =
        c.callsFrom == CallsFrom::AnyPhoneNumber ? tr("any number") : tr("selected numbers");
    return tr("%1, %2, %3")
        .arg(schedule, from,
             c.ringEnabled ? tr("rings sequentially") : tr("does not ring sequentially"));
}

void CriteriaDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_criteria)
            setCriteria(m_id, m_criteria); // the values' words too
    }
    QWidget::changeEvent(event);
}

void CriteriaDetailView::retranslate()
{
    m_edit->setText(tr("Edit"));
    m_edit->setToolTip(tr("Load this criteria into the form to change it"));
    m_template->setText(tr("Use as template"));
    m_template->setToolTip(tr("Copy this criteria into the form to create a new one from it"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete this criteria from the workspace, after a confirmation"));
    const QStringList titles = {tr("Criteria ID"),
                                tr("Schedule"),
                                tr("Calls from"),
                                tr("Numbers"),
                                tr("Private or unavailable callers"),
                                tr("Rings sequentially")};
    for (int i = 0; i < m_titles.size() && i < titles.size(); ++i) {
        m_titles[i]->setText(titles.at(i));
        if (i < m_fields.size())
            m_fields[i]->setAccessibleName(titles.at(i));
    }
}

} // namespace seqring
