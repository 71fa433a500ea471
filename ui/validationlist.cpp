#include "ui/validationlist.h"

#include "models/validationsource.h"
#include "ui/fieldmarker.h"

#include <QKeyEvent>
#include <QStyle>

namespace seqring
{

ValidationList::ValidationList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("validationList"));
    setAccessibleName(tr("Problems"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setIconSize(QSize(icon, icon));
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activateEntry(row(item)); });
    rebuild();
}

ValidationList::ValidationList(ValidationSource *model, QWidget *parent) : ValidationList(parent)
{
    setModel(model);
}

void ValidationList::setModel(ValidationSource *model)
{
    for (const QPointer<ValidationSource> &source : std::as_const(m_sources)) {
        if (source)
            disconnect(source, nullptr, this, nullptr);
    }
    m_sources.clear();
    if (model)
        addSource(model);
    else
        setIssues({});
}

void ValidationList::addSource(ValidationSource *source)
{
    m_sources.append(source);
    connect(source, &ValidationSource::validationChanged, this, &ValidationList::collect);
    collect();
}

void ValidationList::collect()
{
    ValidationIssues all;
    for (const QPointer<ValidationSource> &source : std::as_const(m_sources)) {
        if (source)
            all += source->issues();
    }
    setIssues(all);
}

void ValidationList::setIssues(const ValidationIssues &issues)
{
    if (issues == m_issues && count() > 0)
        return;
    m_issues = issues;
    rebuild();
}

void ValidationList::rebuild()
{
    const int current = currentRow();
    clear();
    if (m_issues.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No problems found."), this);
        item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok"),
                                       style()->standardIcon(QStyle::SP_DialogApplyButton)));
        item->setFlags(Qt::ItemIsEnabled); // nothing to select or activate
        return;
    }
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        auto *item =
            new QListWidgetItem(severityIcon(issue.severity, style()), issue.message, this);
        item->setToolTip(issue.message);
        item->setData(FieldRole, int(issue.field));
        item->setData(RowRole, issue.row);
        item->setData(SeverityRole, int(issue.severity));
        item->setData(Qt::AccessibleTextRole, issue.severity == Severity::Error
                                                  ? tr("Error: %1").arg(issue.message)
                                                  : tr("Warning: %1").arg(issue.message));
    }
    if (current >= 0)
        setCurrentRow(std::min(current, count() - 1), QItemSelectionModel::NoUpdate);
}

bool ValidationList::activateEntry(int entry)
{
    const QListWidgetItem *it = item(entry);
    if (!it || !it->data(FieldRole).isValid())
        return false;
    Q_EMIT issueActivated(Field(it->data(FieldRole).toInt()), it->data(RowRole).toInt());
    return true;
}

void ValidationList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        activateEntry(currentRow())) {
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void ValidationList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange) {
        rebuild(); // icons come from the style
    } else if (event->type() == QEvent::LanguageChange) {
        // The issues' messages come in the new language with the model's next
        // validationChanged() (CriteriaForm asks for it); this redoes the list's own words.
        setAccessibleName(tr("Problems"));
        rebuild();
    }
}

} // namespace seqring
