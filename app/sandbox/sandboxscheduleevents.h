#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace seqring::sandbox
{

// The events the sandbox gives the schedules of the locations of generated workspaces, so that
// what happens to a call can be worked out against them: office hours and Christmas.
class SandboxScheduleEvents
{
public:
    // Monday to Friday, 09:00 to 17:00, for ever.
    static QJsonArray officeHours();
    // 25 and 26 December, all day, every year.
    static QJsonArray christmas();
    // `schedules` where each location of `places` has a business-hours and a holidays schedule
    // ("<location> Business Hours", "<location> Holidays", added when missing), and each of
    // its schedules without events gets office hours or Christmas by its type.
    static QJsonArray completed(QJsonArray schedules, const QList<QJsonObject> &places);
};

} // namespace seqring::sandbox
