#include "models/criteriadiff.h"

#include "models/phonenumber.h"

namespace seqring
{

namespace
{

QString boolText(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

QString shown(const QString &text)
{
    return text.isEmpty() ? CriteriaDiff::tr("(none)") : text;
}

} // namespace

QStringList CriteriaDiff::lines(const Criteria &before, const Criteria &after)
{
    QStringList out;
    const auto change = [&out](const char *key, const QString &from, const QString &to) {
        if (from != to)
            out.append(tr("%1: %2 → %3").arg(QLatin1String(key), shown(from), shown(to)));
    };
    const Schedule none;
    const Schedule &a = before.schedule ? *before.schedule : none;
    const Schedule &b = after.schedule ? *after.schedule : none;
    change("scheduleName", a.name, b.name);
    change("scheduleType", a.type ? toWire(*a.type) : QString(),
           b.type ? toWire(*b.type) : QString());
    change("scheduleLevel", before.schedule ? toWire(a.level) : QString(),
           after.schedule ? toWire(b.level) : QString());
    change("callsFrom", toWire(before.callsFrom), toWire(after.callsFrom));
    change("anonymousCallersEnabled", boolText(before.anonymousCallersEnabled),
           boolText(after.anonymousCallersEnabled));
    change("unavailableCallersEnabled", boolText(before.unavailableCallersEnabled),
           boolText(after.unavailableCallersEnabled));
    const qsizetype linesBefore = out.size();
    for (const QString &number : after.phoneNumbers) {
        if (!before.phoneNumbers.contains(number))
            out.append(tr("phoneNumbers: %1 added").arg(number));
    }
    for (const QString &number : before.phoneNumbers) {
        if (!after.phoneNumbers.contains(number))
            out.append(tr("phoneNumbers: %1 removed").arg(number));
    }
    if (out.size() == linesBefore && before.phoneNumbers != after.phoneNumbers)
        out.append(tr("phoneNumbers: order changed"));
    change("ringEnabled", boolText(before.ringEnabled), boolText(after.ringEnabled));
    return out;
}

Criteria CriteriaDiff::normalized(const Criteria &criteria, const QString &region)
{
    Criteria out = criteria;
    if (out.callsFrom == CallsFrom::AnyPhoneNumber) {
        out.phoneNumbers.clear();
        out.anonymousCallersEnabled = false;
        out.unavailableCallersEnabled = false;
    }
    for (QString &number : out.phoneNumbers) {
        const PhoneNumberCheck check = PhoneNumbers::check(number, region);
        if (check.isValid())
            number = check.e164;
    }
    return out;
}

} // namespace seqring
