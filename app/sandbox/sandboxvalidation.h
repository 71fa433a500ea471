#pragma once

#include "app/sandbox/sandboxerrors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace seqring::sandbox
{

// A location schedule as the criteria rules need it.
struct ScheduleRef {
    QString name;
    QString type; // holidays | businessHours
};

// The body rules of sequential ring criteria and settings: pure functions, no I/O.
class CriteriaRules
{
public:
    static constexpr int maxCriteriaNumbers = 12; // carrier documentation: up to 12 numbers
    static constexpr int maxRingNumbers = 5;

    // POST body -> the criteria as stored (without id), or the 400 to answer.
    static std::optional<SandboxError>
    validatePost(const QJsonObject &body, const QList<ScheduleRef> &schedules, QJsonObject *stored);
    // PUT body merged over the stored criteria -> the new stored criteria, or the 400.
    static std::optional<SandboxError> validatePatch(const QJsonObject &patch,
                                                     const QJsonObject &existing,
                                                     const QList<ScheduleRef> &schedules,
                                                     QJsonObject *stored);
    // PUT .../sequentialRing merged over the stored settings.
    static std::optional<SandboxError> validateSettingsPatch(const QJsonObject &patch,
                                                             const QJsonObject &existing,
                                                             QJsonObject *stored);

    // The stored criteria as GET .../criteria/{id} shows it.
    static QJsonObject toGetJson(const QJsonObject &stored);
    // Two criteria collide (sandbox 409 rule): same schedule (name+type, or none) and callsFrom.
    static bool sameKey(const QJsonObject &a, const QJsonObject &b);

    static bool isE164(const QString &number);
    static QString shown(const QJsonValue &value); // a JSON value as an error message quotes it

private:
    static std::optional<SandboxError> checkShape(const QJsonObject &body);
    static std::optional<SandboxError> checkRules(const QJsonObject &body,
                                                  const QList<ScheduleRef> &schedules);
    static std::optional<SandboxError> checkNumberList(const QJsonValue &value);
    static std::optional<SandboxError> checkRingNumber(const QJsonValue &value, int index);
    static std::optional<SandboxError> checkRings(const QString &field, const QJsonValue &value);
};

} // namespace seqring::sandbox
