#pragma once

#include "models/criteriavalidator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace seqring
{

class ValidationSource;
class FieldMarker;

// Keeps FieldMarkers in step with a ValidationSource (the CriteriaModel or the TargetModel): after
// every validationChanged() each registered marker gets the model's issues for its field.
//
// CriteriaForm uses one for its own fields. The main window can use another for the
// fields that live outside the form (Field::WorkspaceId, ApiRoot, Token, OrgId):
//
//     auto *decorator = new ValidationDecorator(model, this);
//     auto *marker = new FieldMarker(targetPanel);   // place it beside the input
//     decorator->addField(Field::WorkspaceId, workspaceEdit, marker);
//
// The marker then shows the icon and tooltip, and the input's accessible
// description holds the issue text. Markers and widgets may be destroyed at any time.
class ValidationDecorator : public QObject
{
    Q_OBJECT
public:
    explicit ValidationDecorator(ValidationSource *model, QObject *parent = nullptr);

    // Registers (or replaces) the input and marker of a field, and shows its issues now.
    void addField(Field field, QWidget *fieldWidget, FieldMarker *marker);
    FieldMarker *markerFor(Field field) const;
    // Applies the model's current issues to every marker (done on validationChanged()).
    void refresh();

private:
    ValidationSource *m_model;
    QHash<int, QPointer<FieldMarker>> m_markers; // key: int(Field)
};

} // namespace seqring
