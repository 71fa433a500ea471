#include "app/bulk/bulkchecks.h"

namespace seqring
{

QString BulkChecks::licenseProblem(WorkspaceLicense license, QString *warning)
{
    switch (license) {
    case WorkspaceLicense::Professional:
        break;
    case WorkspaceLicense::Unknown:
        *warning = tr("Its license could not be read; the service decides.");
        break;
    case WorkspaceLicense::BasicWorkspace:
    case WorkspaceLicense::NotWebexCalling:
        return tr("It has no Webex Calling Professional license, which sequential ring needs.");
    }
    return {};
}

QString BulkChecks::scheduleProblem(const QList<ScheduleEntry> &schedules, const Schedule &wanted)
{
    bool sameName = false;
    for (const ScheduleEntry &entry : schedules) {
        if (entry.name != wanted.name.trimmed())
            continue;
        sameName = true;
        if (!wanted.type || entry.type == *wanted.type)
            return {};
    }
    return sameName ? tr("Its location has a schedule \"%1\", but not of the chosen type.")
                          .arg(wanted.name)
                    : tr("Its location has no schedule \"%1\".").arg(wanted.name);
}

QString BulkChecks::alike(const SequentialRingSettings &settings, const Criteria &criteria)
{
    const QString name = criteria.schedule ? criteria.schedule->name.trimmed() : QString();
    const bool any = criteria.callsFrom == CallsFrom::AnyPhoneNumber;
    for (const CriteriaSummary &summary : settings.criteria) {
        if (summary.scheduleName.trimmed() == name && summary.allNumbers == any)
            return summary.id;
    }
    return {};
}

} // namespace seqring
