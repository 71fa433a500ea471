#include "models/calloutcome.h"

#include "models/phonenumber.h"

#include <QJsonArray>

namespace seqring
{

QString toWire(CallReason reason)
{
    switch (reason) {
    case CallReason::SequentialRingOff:
        return QStringLiteral("sequential-ring-off");
    case CallReason::NoNumbers:
        return QStringLiteral("no-numbers");
    case CallReason::NoMatchingCriteria:
        return QStringLiteral("no-matching-criteria");
    case CallReason::DoNotRingCriteria:
        return QStringLiteral("do-not-ring-criteria");
    case CallReason::RingCriteria:
        break;
    }
    return QStringLiteral("ring-criteria");
}

QString CallOutcome::criteriaLabel(const std::optional<Schedule> &schedule)
{
    if (!schedule)
        return tr("the criteria for all hours");
    const QString type = schedule->type == ScheduleType::Holidays        ? tr("holidays")
                         : schedule->type == ScheduleType::BusinessHours ? tr("business hours")
                                                                         : tr("no type");
    return tr("the criteria \"%1\" (%2)").arg(schedule->name, type);
}

QString CallOutcome::sentence() const
{
    const QString label = criteriaLabel(decidingSchedule);
    switch (reason) {
    case CallReason::SequentialRingOff:
        return tr("Does not ring sequentially: sequential ring is off for this workspace.");
    case CallReason::NoNumbers:
        return tr("Does not ring sequentially: sequential ring is on, but no number to ring is "
                  "set.");
    case CallReason::NoMatchingCriteria:
        return tr("Does not ring sequentially: no criteria matches this caller at this time.");
    case CallReason::DoNotRingCriteria:
        return tr("Does not ring sequentially: %1 matches this caller and does not ring; "
                  "criteria which do not ring take priority.")
            .arg(label);
    case CallReason::RingCriteria:
        break;
    }
    QStringList steps;
    for (const RingStep &step : sequence) {
        const QString rings = tr("%n rings", nullptr, step.rings);
        if (step.phoneNumber.isEmpty()) {
            steps.append(tr("This workspace %1").arg(rings));
            continue;
        }
        const QString number = PhoneNumbers::international(step.phoneNumber, defaultRegion);
        steps.append(step.answerConfirmation
                         ? tr("%1 %2 with answer confirmation").arg(number, rings)
                         : tr("%1 %2").arg(number, rings));
    }
    if (thenVoicemail)
        steps.append(tr("voicemail"));
    return tr("Rings sequentially: %1 matches this caller and rings. %2.")
        .arg(label, steps.join(tr(", then ")));
}

QJsonObject CallOutcome::toJson() const
{
    QJsonArray matching;
    for (const QString &id : matchingCriteriaIds)
        matching.append(id);
    QJsonArray steps;
    for (const RingStep &step : sequence) {
        steps.append(QJsonObject{
            {QStringLiteral("phoneNumber"), step.phoneNumber.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(step.phoneNumber)},
            {QStringLiteral("numberOfRings"), step.rings},
            {QStringLiteral("answerConfirmationRequiredEnabled"), step.answerConfirmation}});
    }
    return QJsonObject{
        {QStringLiteral("ringsSequentially"), ringsSequentially},
        {QStringLiteral("reason"), toWire(reason)},
        {QStringLiteral("decidingCriteriaId"), decidingCriteriaId.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(decidingCriteriaId)},
        {QStringLiteral("matchingCriteriaIds"), matching},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("at"), localTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
        {QStringLiteral("sequence"), steps}};
}

} // namespace seqring
