#pragma once

#include "models/criteria.h"
#include "models/criteriamodel.h"
#include "models/criteriavalidator.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>
#include <memory>

namespace seqring
{

class FieldMarker;
class PhoneNumbersEditor;
class ValidationDecorator;

namespace Ui
{
class CriteriaForm;
}

// The criteria fields of the admin window, bound both ways to a CriteriaModel, with a
// marker beside each field that shows the validator's issues for it.
//
// Widget edits set the model; model changes (such as setCriteria() from a draft) update
// the widgets. Widget objectNames: onlyDuringScheduleCheck, scheduleNameCombo,
// scheduleTypeCombo, scheduleLevelLabel, anyNumberRadio, selectNumbersRadio,
// phoneNumbersEditor (with addNumberEdit, addNumberButton, phoneNumbersList,
// removeNumberButton, numberCounterLabel, defaultRegionCombo, numberMessageLabel),
// anonymousCheck, unavailableCheck, ringEnabledCheck, ringHintLabel; markers:
// scheduleNameMarker, scheduleTypeMarker, callsFromMarker, phoneNumbersMarker,
// anonymousMarker, unavailableMarker, ringEnabledMarker.
class CriteriaForm : public QWidget
{
    Q_OBJECT
public:
    // model must not be null; it is not owned.
    explicit CriteriaForm(CriteriaModel *model, QWidget *parent = nullptr);
    ~CriteriaForm() override;

    CriteriaModel *model() const { return m_model; }

    // The location's schedules offered by "Schedule name"; choosing one also sets the
    // schedule type. What the admin typed is kept.
    void setScheduleSuggestions(const QList<QPair<QString, ScheduleType>> &schedules);

    // Focuses the input of a field (and makes it visible in a scroll area); for
    // Field::PhoneNumbers with row >= 0 the row is selected in the list. Fields outside
    // the form (WorkspaceId, ApiRoot, Token, OrgId) are ignored.
    void focusField(seqring::Field field, int row = -1);
    // The input of a field, or null for fields outside the form.
    QWidget *widgetFor(seqring::Field field) const;
    // The marker beside a field, or null for fields outside the form.
    FieldMarker *markerFor(seqring::Field field) const;
    PhoneNumbersEditor *phoneNumbersEditor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The input and the marker of a field of the form; both null for the others.
    struct FieldParts {
        QWidget *input = nullptr;
        FieldMarker *marker = nullptr;
    };
    FieldParts partsFor(Field field) const;
    // The texts set in code rather than in the form: the schedule types, the
    // suggestions' tooltips. Called after setupUi() and after retranslateUi().
    void retranslateCodeTexts();
    static QString scheduleTooltip(seqring::ScheduleType type);
    void connectWidgets();
    void connectModel();
    void syncSchedule();
    void syncScheduleType();
    void syncCallsFrom();
    void syncToggles();

    std::unique_ptr<Ui::CriteriaForm> m_ui;
    QPointer<CriteriaModel> m_model; // set in the constructor; the form may outlive it
    ValidationDecorator *m_decorator = nullptr;
};

} // namespace seqring
