#include "ui/criteriaform.h"

#include "models/criteriamodel.h"
#include "ui/fieldmarker.h"
#include "ui/phonenumberseditor.h"
#include "ui/validationdecorator.h"
#include "ui_criteriaform.h"

#include <QLineEdit>
#include <QListView>
#include <QScrollArea>

namespace seqring
{

CriteriaForm::CriteriaForm(CriteriaModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CriteriaForm>()), m_model(model)
{
    Q_ASSERT(model);
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("criteriaForm"));
    // The texts are set by retranslateCodeTexts().
    m_ui->scheduleTypeCombo->addItem(QString(), int(ScheduleType::BusinessHours));
    m_ui->scheduleTypeCombo->addItem(QString(), int(ScheduleType::Holidays));
    m_ui->scheduleTypeCombo->setCurrentIndex(-1);
    retranslateCodeTexts();
    m_ui->phoneNumbersEditor->setModel(model);

    m_decorator = new ValidationDecorator(model, this);
    const Field fields[] = {Field::ScheduleName, Field::ScheduleType,     Field::CallsFrom,
                            Field::PhoneNumbers, Field::AnonymousCallers, Field::UnavailableCallers,
                            Field::RingEnabled};
    for (Field field : fields)
        m_decorator->addField(field, widgetFor(field), markerFor(field));

    syncSchedule();
    syncScheduleType();
    syncCallsFrom();
    syncToggles();
    connectWidgets();
    connectModel();
}

CriteriaForm::~CriteriaForm() = default;

QString CriteriaForm::scheduleTooltip(ScheduleType type)
{
    return type == ScheduleType::Holidays ? tr("Holidays schedule") : tr("Business hours schedule");
}

void CriteriaForm::retranslateCodeTexts()
{
    // The editable combo's line edit is what takes the focus: give it the field's name.
    m_ui->scheduleNameCombo->lineEdit()->setAccessibleName(tr("Schedule name"));
    // setItemText() keeps the current index and emits no change.
    QComboBox *types = m_ui->scheduleTypeCombo;
    for (int i = 0; i < types->count(); ++i) {
        types->setItemText(i, ScheduleType(types->itemData(i).toInt()) == ScheduleType::Holidays
                                  ? tr("Holidays")
                                  : tr("Business hours"));
    }
    QComboBox *names = m_ui->scheduleNameCombo;
    for (int i = 0; i < names->count(); ++i) {
        const QVariant type = names->itemData(i);
        if (type.isValid())
            names->setItemData(i, scheduleTooltip(ScheduleType(type.toInt())), Qt::ToolTipRole);
    }
}

void CriteriaForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    retranslateCodeTexts();
    // The form owns the binding, so it alone asks for the messages in the new language;
    // the markers (through the decorator), the phone list and the ValidationList follow
    // the model's validationChanged().
    if (m_model)
        m_model->refreshMessages();
}

void CriteriaForm::connectWidgets()
{
    Ui::CriteriaForm *ui = m_ui.get();
    CriteriaModel *model = m_model;
    connect(ui->onlyDuringScheduleCheck, &QCheckBox::toggled, model,
            &CriteriaModel::setHasSchedule);
    connect(ui->scheduleNameCombo, &QComboBox::editTextChanged, model,
            &CriteriaModel::setScheduleName);
    // Lambdas use the model as context: they are dropped if it goes first.
    connect(ui->scheduleNameCombo, &QComboBox::activated, model, [this](int index) {
        // A suggestion carries its type; text typed by hand has none.
        const QVariant type = m_ui->scheduleNameCombo->itemData(index);
        m_model->setScheduleName(m_ui->scheduleNameCombo->itemText(index));
        if (type.isValid())
            m_model->setScheduleTypeValue(type.toInt());
    });
    connect(ui->scheduleTypeCombo, &QComboBox::currentIndexChanged, model, [this](int index) {
        if (index >= 0)
            m_model->setScheduleTypeValue(m_ui->scheduleTypeCombo->itemData(index).toInt());
    });
    connect(ui->anyNumberRadio, &QRadioButton::toggled, model, [this](bool on) {
        if (on)
            m_model->setCallsFrom(CallsFrom::AnyPhoneNumber);
    });
    connect(ui->selectNumbersRadio, &QRadioButton::toggled, model, [this](bool on) {
        if (on)
            m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    });
    connect(ui->anonymousCheck, &QCheckBox::toggled, model,
            &CriteriaModel::setAnonymousCallersEnabled);
    connect(ui->unavailableCheck, &QCheckBox::toggled, model,
            &CriteriaModel::setUnavailableCallersEnabled);
    connect(ui->ringEnabledCheck, &QCheckBox::toggled, model, &CriteriaModel::setRingEnabled);
}

void CriteriaForm::connectModel()
{
    // The model ignores values it already holds, and each sync only touches a widget
    // whose value differs, so there is no feedback loop.
    connect(m_model, &CriteriaModel::hasScheduleChanged, this, &CriteriaForm::syncSchedule);
    connect(m_model, &CriteriaModel::scheduleNameChanged, this, &CriteriaForm::syncSchedule);
    connect(m_model, &CriteriaModel::scheduleTypeChanged, this, &CriteriaForm::syncScheduleType);
    connect(m_model, &CriteriaModel::callsFromChanged, this, &CriteriaForm::syncCallsFrom);
    connect(m_model, &CriteriaModel::phoneSelectionEnabledChanged, this,
            &CriteriaForm::syncCallsFrom);
    connect(m_model, &CriteriaModel::anonymousCallersEnabledChanged, this,
            &CriteriaForm::syncToggles);
    connect(m_model, &CriteriaModel::unavailableCallersEnabledChanged, this,
            &CriteriaForm::syncToggles);
    connect(m_model, &CriteriaModel::ringEnabledChanged, this, &CriteriaForm::syncToggles);
}

void CriteriaForm::syncSchedule()
{
    const bool on = m_model->hasSchedule();
    m_ui->onlyDuringScheduleCheck->setChecked(on);
    QWidget *const scheduleWidgets[] = {m_ui->scheduleNameLabel,    m_ui->scheduleNameCombo,
                                        m_ui->scheduleTypeLabel,    m_ui->scheduleTypeCombo,
                                        m_ui->scheduleLevelCaption, m_ui->scheduleLevelLabel};
    for (QWidget *widget : scheduleWidgets)
        widget->setEnabled(on);
    if (m_ui->scheduleNameCombo->currentText() != m_model->scheduleName()) {
        const QSignalBlocker blocker(m_ui->scheduleNameCombo);
        m_ui->scheduleNameCombo->setEditText(m_model->scheduleName());
    }
}

void CriteriaForm::syncScheduleType()
{
    QComboBox *combo = m_ui->scheduleTypeCombo;
    const int index = combo->findData(m_model->scheduleTypeValue()); // -1 when unset
    if (combo->currentIndex() != index) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index);
    }
}

void CriteriaForm::syncCallsFrom()
{
    const bool select = m_model->phoneSelectionEnabled();
    (select ? m_ui->selectNumbersRadio : m_ui->anyNumberRadio)->setChecked(true);
    // The numbers typed so far stay in the model while "Any phone number" is chosen.
    m_ui->phoneNumbersEditor->setEnabled(select);
    m_ui->anonymousCheck->setEnabled(select);
    m_ui->unavailableCheck->setEnabled(select);
}

void CriteriaForm::syncToggles()
{
    m_ui->anonymousCheck->setChecked(m_model->anonymousCallersEnabled());
    m_ui->unavailableCheck->setChecked(m_model->unavailableCallersEnabled());
    m_ui->ringEnabledCheck->setChecked(m_model->ringEnabled());
}

void CriteriaForm::setScheduleSuggestions(const QList<QPair<QString, ScheduleType>> &schedules)
{
    QComboBox *combo = m_ui->scheduleNameCombo;
    const QString typed = m_model ? m_model->scheduleName() : combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[name, type] : schedules) {
        combo->addItem(name, int(type));
        combo->setItemData(combo->count() - 1, scheduleTooltip(type), Qt::ToolTipRole);
    }
    // Filling the list must not replace what the admin typed.
    combo->setCurrentIndex(combo->findText(typed));
    combo->setEditText(typed);
}

CriteriaForm::FieldParts CriteriaForm::partsFor(Field field) const
{
    switch (field) {
    case Field::ScheduleName:
        return {m_ui->scheduleNameCombo, m_ui->scheduleNameMarker};
    case Field::ScheduleType:
        return {m_ui->scheduleTypeCombo, m_ui->scheduleTypeMarker};
    case Field::CallsFrom:
        return {m_ui->selectNumbersRadio->isChecked() ? m_ui->selectNumbersRadio
                                                      : m_ui->anyNumberRadio,
                m_ui->callsFromMarker};
    case Field::PhoneNumbers:
        return {m_ui->phoneNumbersEditor->listView(), m_ui->phoneNumbersMarker};
    case Field::AnonymousCallers:
        return {m_ui->anonymousCheck, m_ui->anonymousMarker};
    case Field::UnavailableCallers:
        return {m_ui->unavailableCheck, m_ui->unavailableMarker};
    case Field::RingEnabled:
        return {m_ui->ringEnabledCheck, m_ui->ringEnabledMarker};
    case Field::ApiRoot:
    case Field::WorkspaceId:
    case Field::OrgId:
    case Field::Token:
        break;
    }
    return {};
}

QWidget *CriteriaForm::widgetFor(Field field) const
{
    return partsFor(field).input;
}

FieldMarker *CriteriaForm::markerFor(Field field) const
{
    return partsFor(field).marker;
}

PhoneNumbersEditor *CriteriaForm::phoneNumbersEditor() const
{
    return m_ui->phoneNumbersEditor;
}

void CriteriaForm::focusField(Field field, int row)
{
    QWidget *target = widgetFor(field);
    if (!target)
        return;
    PhoneNumbersEditor *editor = m_ui->phoneNumbersEditor;
    if (field == Field::PhoneNumbers) {
        if (row >= 0)
            editor->selectRow(row);
        else if (editor->listView()->model()->rowCount() == 0)
            target = editor->addNumberEdit(); // an empty list: start typing a number
    }
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(target);
            break;
        }
    }
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace seqring
