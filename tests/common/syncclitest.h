#pragma once

// The base of the `seqring-admin sync` tests: BulkCliTest's sandbox process and command, and
// desired states written as state files of the generated workspaces.
#include "app/files/statefile.h"
#include "models/workspacestate.h"
#include "tests/common/bulkclitest.h"

#include <functional>

namespace seqring::test
{

// The location the sandbox's generated workspaces alternate over, and their schedules.
inline const QString kLondonId = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2MxYTliYWViLTRiOTUtNDQ1YS1iYzBlLWVlMmVhZDRmMTg0NQ");

class SyncCliTest : public BulkCliTest
{
protected:
    // The criteria of the tests: every caller rings, all hours; nobody rings on the location's
    // holidays (its own schedule: "Business Vacation" in London, "US Federal Holidays" in San
    // Jose); a do-not-ring criteria for a listed caller.
    static Criteria ringAll()
    {
        Criteria c;
        c.callsFrom = CallsFrom::AnyPhoneNumber;
        c.ringEnabled = true;
        return c;
    }
    static Criteria quietHolidays(const QString &locationId)
    {
        Criteria c;
        c.schedule = Schedule{locationId == kLondonId ? QStringLiteral("Business Vacation")
                                                      : QStringLiteral("US Federal Holidays"),
                              ScheduleType::Holidays, ScheduleLevel::Group};
        c.callsFrom = CallsFrom::AnyPhoneNumber;
        c.ringEnabled = false;
        return c;
    }
    static Criteria quietCaller()
    {
        Criteria c;
        c.callsFrom = CallsFrom::SelectPhoneNumbers;
        c.phoneNumbers = {QStringLiteral("+14085550123")};
        c.ringEnabled = false;
        return c;
    }
    static SequentialRingSettings ringSettings()
    {
        SequentialRingSettings s;
        s.enabled = true;
        s.baseLocationRings = 3;
        s.numbers = {{QStringLiteral("+14085550199"), 4, false}};
        return s;
    }

    // The generated Professional workspaces as states: ID, name, location, the license.
    QList<WorkspaceState> professionalStates() const
    {
        const QJsonObject doc = state();
        const QStringList ids = professionalIds();
        QList<WorkspaceState> states;
        for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
            const QString id = workspace[QLatin1String("id")].toString();
            if (!ids.contains(id))
                continue;
            WorkspaceState w;
            w.id = id;
            w.displayName = workspace[QLatin1String("displayName")].toString();
            w.locationId = workspace[QLatin1String("locationId")].toString();
            w.professional = true;
            states.append(w);
        }
        return states;
    }
    // Writes `name` with each of `workspaces` given `criteria` (of its location) and the
    // test's ring settings.
    void writeDesired(const QString &name, const QList<WorkspaceState> &workspaces,
                      const std::function<QList<Criteria>(const WorkspaceState &)> &criteria) const
    {
        StateDocument document;
        document.header.exportedAt = QDateTime::currentDateTimeUtc();
        document.header.apiRoot = m_apiRoot;
        for (WorkspaceState w : workspaces) {
            w.settings = ringSettings();
            for (const Criteria &c : criteria(w))
                w.criteria.append({QString(), c, {}});
            document.workspaces.append(w);
        }
        writeFile(name, StateFileWriter::toJson(document));
    }
    QStringList syncArgs(const QString &desired, const QString &journal,
                         const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("sync"),
                           QStringLiteral("--desired"),
                           path(desired),
                           QStringLiteral("--base-url"),
                           m_apiRoot,
                           QStringLiteral("--journal"),
                           path(journal)} +
               more;
    }
    int statsOf(const char *key) { return stats().value(QLatin1String(key)).toInt(); }
    // The criteria of `workspaceId` in the sandbox's state file.
    QJsonArray criteriaOf(const QString &workspaceId) const
    {
        return state().value(QLatin1String("criteria")).toObject().value(workspaceId).toArray();
    }
    // Rows of the report `name` (after its header) whose column `column` is `value`.
    int rowsWith(const QString &name, int column, const QString &value) const
    {
        int count = 0;
        const QList<QStringList> rows = reportRows(name);
        for (qsizetype i = 1; i < rows.size(); ++i)
            count += rows.at(i).value(column) == value ? 1 : 0;
        return count;
    }
};

} // namespace seqring::test
