#include "ui/fieldmarker.h"

#include <QEvent>
#include <QStyle>

namespace seqring
{

QIcon severityIcon(Severity severity, const QStyle *style)
{
    const bool error = severity == Severity::Error;
    const QIcon fallback = style ? style->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                             : QStyle::SP_MessageBoxWarning)
                                 : QIcon();
    return QIcon::fromTheme(
        error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"), fallback);
}

FieldMarker::FieldMarker(QWidget *parent) : QLabel(parent)
{
    QSizePolicy policy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true); // the form does not jump when issues come and go
    setSizePolicy(policy);
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setFixedSize(extent, extent);
    setAlignment(Qt::AlignCenter);
    setVisible(false);
}

void FieldMarker::setFieldWidget(QWidget *field)
{
    if (m_field == field)
        return;
    if (m_field)
        m_field->setAccessibleDescription(m_baseDescription);
    m_field = field;
    m_baseDescription = field ? field->accessibleDescription() : QString();
    setIssues(m_issues);
}

QString FieldMarker::messageText() const
{
    QStringList messages;
    messages.reserve(m_issues.size());
    for (const ValidationIssue &issue : m_issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}

void FieldMarker::setIssues(const ValidationIssues &issues)
{
    m_issues = issues;
    const QString text = messageText();
    setToolTip(text);
    setAccessibleName(issues.isEmpty() ? QString() : tr("Problem"));
    setAccessibleDescription(text);
    if (m_field) {
        QString description = m_baseDescription;
        if (!text.isEmpty())
            description = description.isEmpty() ? text : QString(description + u'\n' + text);
        m_field->setAccessibleDescription(description);
    }
    updateIcon();
    // Only show when the parent is visible or about to be; setVisible(true) on a widget
    // whose parent is hidden just marks it to show with the parent.
    setVisible(!issues.isEmpty());
}

void FieldMarker::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    // The messages come in the new language through setIssues(): ValidationDecorator
    // refreshes every marker on the model's validationChanged().
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(m_issues.isEmpty() ? QString() : tr("Problem"));
}

void FieldMarker::updateIcon()
{
    if (m_issues.isEmpty()) {
        clear();
        return;
    }
    const bool anyError = std::any_of(m_issues.cbegin(), m_issues.cend(), [](const auto &issue) {
        return issue.severity == Severity::Error;
    });
    const QIcon icon = severityIcon(anyError ? Severity::Error : Severity::Warning, style());
    setPixmap(icon.pixmap(size(), devicePixelRatio()));
}

} // namespace seqring
