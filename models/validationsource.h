#pragma once

#include "models/criteriavalidator.h"

#include <QObject>

namespace seqring
{

// A model that validates the facts it owns and announces each new result: the criteria
// (CriteriaModel) and the target (TargetModel). Views and markers follow one or more sources.
class ValidationSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual ValidationIssues issues() const = 0;
    ValidationIssues issuesFor(Field field) const;
    bool hasErrors() const { return CriteriaValidator::hasErrors(issues()); }

Q_SIGNALS:
    // Emitted once after every change, when issues() holds the new result.
    void validationChanged();
};

} // namespace seqring
