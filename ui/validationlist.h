#pragma once

#include "models/validationsource.h"

#include <QListWidget>
#include <QPointer>

namespace seqring
{

// The list of every validation issue (icon and message) under the form; activating an
// entry asks for its field to be focused.
//
// Follows one or more ValidationSources (setModel, addSource: the TargetModel's issues, then
// the criteria's) or shows issues given to setIssues(). A click, or
// Enter/Return on the current entry, emits issueActivated(field, row); the main window
// connects it to CriteriaForm::focusField (and focuses its own fields for the others).
// Shows "No problems found." when there is nothing to report. objectName: validationList.
class ValidationList : public QListWidget
{
    Q_OBJECT
public:
    enum Roles {
        FieldRole = Qt::UserRole + 1, // int(Field); absent on the "no problems" entry
        RowRole,                      // int: the phone-number row, or -1
        SeverityRole,                 // int(Severity)
    };

    explicit ValidationList(QWidget *parent = nullptr);
    explicit ValidationList(ValidationSource *model, QWidget *parent = nullptr);

    // Follows `model` alone (nullptr: none).
    void setModel(ValidationSource *model);
    // Follows `source` as well; its issues come after those of the earlier sources.
    void addSource(ValidationSource *source);
    void setIssues(const ValidationIssues &issues);
    ValidationIssues issues() const { return m_issues; }
    // Emits issueActivated for the entry at row of this list; false for no issue there.
    bool activateEntry(int entry);

Q_SIGNALS:
    void issueActivated(seqring::Field field, int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void collect();

    QList<QPointer<ValidationSource>> m_sources;
    ValidationIssues m_issues;
};

} // namespace seqring
