#include "models/sequentialringsettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

namespace
{

// A count the GET may write as a string ("2") or a number.
int countOf(const QJsonValue &value, int fallback)
{
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }
    return value.isDouble() ? value.toInt() : fallback;
}

} // namespace

SequentialRingSettings SequentialRingSettings::fromJson(const QJsonObject &object)
{
    SequentialRingSettings settings;
    settings.enabled = object.value(QLatin1String("enabled")).toBool();
    settings.ringBaseLocationFirst =
        object.value(QLatin1String("ringBaseLocationFirstEnabled")).toBool();
    settings.baseLocationRings =
        countOf(object.value(QLatin1String("baseLocationNumberOfRings")), kMinRings);
    settings.continueIfBaseLocationIsBusy =
        object.value(QLatin1String("continueIfBaseLocationIsBusyEnabled")).toBool();
    settings.callsToVoicemail = object.value(QLatin1String("callsToVoicemailEnabled")).toBool();
    const QJsonArray numbers = object.value(QLatin1String("phoneNumbers")).toArray();
    for (const QJsonValue &value : numbers) {
        const QJsonObject slot = value.toObject();
        const QString number = slot.value(QLatin1String("phoneNumber")).toString();
        if (number.isEmpty())
            continue; // an unused slot
        settings.numbers.append(
            {number, countOf(slot.value(QLatin1String("numberOfRings")), kMinRings),
             slot.value(QLatin1String("answerConfirmationRequiredEnabled")).toBool()});
    }
    const QJsonArray criteria = object.value(QLatin1String("criteria")).toArray();
    for (const QJsonValue &value : criteria) {
        const QJsonObject item = value.toObject();
        settings.criteria.append(
            {item.value(QLatin1String("id")).toString(),
             item.value(QLatin1String("scheduleName")).toString(),
             item.value(QLatin1String("source")).toString() != QLatin1String("SPECIFIC_NUMBERS"),
             item.value(QLatin1String("ringEnabled")).toBool(true)});
    }
    return settings;
}

QByteArray SequentialRingSettings::toPutJson() const
{
    // QJsonObject sorts its keys; the documented order is kept by writing the lines here.
    const auto value = [](const QJsonValue &v) {
        const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray out = "{\n";
    out += "    \"enabled\": " + value(enabled) + ",\n";
    out += "    \"ringBaseLocationFirstEnabled\": " + value(ringBaseLocationFirst) + ",\n";
    out += "    \"baseLocationNumberOfRings\": " + value(baseLocationRings) + ",\n";
    out += "    \"continueIfBaseLocationIsBusyEnabled\": " + value(continueIfBaseLocationIsBusy) +
           ",\n";
    out += "    \"callsToVoicemailEnabled\": " + value(callsToVoicemail) + ",\n";
    out += "    \"phoneNumbers\": [";
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const RingNumber &n = numbers.at(i);
        out += i == 0 ? "\n" : ",\n";
        out += "        {\"phoneNumber\": " + value(n.phoneNumber) +
               ", \"answerConfirmationRequiredEnabled\": " + value(n.answerConfirmation) +
               ", \"numberOfRings\": " + value(n.rings) + "}";
    }
    out += numbers.isEmpty() ? "]\n" : "\n    ]\n";
    out += "}\n";
    return out;
}

} // namespace seqring
