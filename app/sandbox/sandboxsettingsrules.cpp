// The sequential ring settings part of CriteriaRules (PUT .../sequentialRing).
#include "app/sandbox/sandboxvalidation.h"

#include <QJsonArray>
#include <QStringList>

namespace seqring::sandbox
{

namespace
{

SandboxError bad(const QString &message)
{
    return SandboxErrors::badRequest(message);
}

} // namespace

std::optional<SandboxError> CriteriaRules::checkRings(const QString &field, const QJsonValue &value)
{
    const double rings = value.toDouble(-1);
    if (!value.isDouble() || rings != static_cast<int>(rings) || rings < 2 || rings > 20)
        return bad(QStringLiteral("Field \"%1\" must be a whole number from 2 to 20, got %2.")
                       .arg(field, shown(value)));
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::checkRingNumber(const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("phoneNumbers[%1]").arg(index);
    if (!value.isObject())
        return bad(
            QStringLiteral("Field \"%1\" must be an object, got %2.").arg(where, shown(value)));
    const QJsonObject entry = value.toObject();
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        const QString field = where + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("phoneNumber")) {
            if (!it.value().isString() || !isE164(it.value().toString()))
                return bad(
                    QStringLiteral("Field \"%1\" has the value %2, which is not an E.164 number.")
                        .arg(field, shown(it.value())));
        } else if (it.key() == QLatin1String("answerConfirmationRequiredEnabled")) {
            if (!it.value().isBool())
                return bad(QStringLiteral("Field \"%1\" must be true or false, got %2.")
                               .arg(field, shown(it.value())));
        } else if (it.key() == QLatin1String("numberOfRings")) {
            if (auto error = checkRings(field, it.value()))
                return error;
        } else {
            return bad(
                QStringLiteral("Unknown field \"%1\" (value %2).").arg(field, shown(it.value())));
        }
    }
    return std::nullopt;
}

std::optional<SandboxError> CriteriaRules::validateSettingsPatch(const QJsonObject &patch,
                                                                 const QJsonObject &existing,
                                                                 QJsonObject *stored)
{
    static const QStringList bools{QStringLiteral("enabled"),
                                   QStringLiteral("ringBaseLocationFirstEnabled"),
                                   QStringLiteral("continueIfBaseLocationIsBusyEnabled"),
                                   QStringLiteral("callsToVoicemailEnabled")};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (bools.contains(it.key())) {
            if (!it.value().isBool())
                return bad(QStringLiteral("Field \"%1\" must be true or false, got %2.")
                               .arg(it.key(), shown(it.value())));
        } else if (it.key() == QLatin1String("baseLocationNumberOfRings")) {
            if (auto error = checkRings(it.key(), it.value()))
                return error;
        } else if (it.key() == QLatin1String("phoneNumbers")) {
            const QJsonArray numbers = it.value().toArray();
            if (!it.value().isArray() || numbers.size() > maxRingNumbers)
                return bad(
                    QStringLiteral(
                        "Field \"phoneNumbers\" must be a list of at most %1 entries, got %2.")
                        .arg(maxRingNumbers)
                        .arg(shown(it.value())));
            for (int i = 0; i < numbers.size(); ++i) {
                if (auto error = checkRingNumber(numbers.at(i), i))
                    return error;
            }
        } else {
            return bad(QStringLiteral("Unknown field \"%1\" (value %2).")
                           .arg(it.key(), shown(it.value())));
        }
    }
    QJsonObject merged = existing;
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    *stored = merged;
    return std::nullopt;
}

} // namespace seqring::sandbox
