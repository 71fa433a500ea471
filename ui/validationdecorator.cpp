#include "ui/validationdecorator.h"

#include "models/validationsource.h"
#include "ui/fieldmarker.h"

namespace seqring
{

ValidationDecorator::ValidationDecorator(ValidationSource *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    Q_ASSERT(model);
    connect(model, &ValidationSource::validationChanged, this, &ValidationDecorator::refresh);
}

void ValidationDecorator::addField(Field field, QWidget *fieldWidget, FieldMarker *marker)
{
    Q_ASSERT(marker);
    marker->setFieldWidget(fieldWidget);
    marker->setIssues(m_model->issuesFor(field));
    m_markers.insert(int(field), marker);
}

FieldMarker *ValidationDecorator::markerFor(Field field) const
{
    return m_markers.value(int(field));
}

void ValidationDecorator::refresh()
{
    for (auto it = m_markers.cbegin(); it != m_markers.cend(); ++it) {
        if (it.value())
            it.value()->setIssues(m_model->issuesFor(Field(it.key())));
    }
}

} // namespace seqring
