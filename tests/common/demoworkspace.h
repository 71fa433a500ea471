#pragma once

// Workspaces picked from the sandbox's data as the tests need them.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace seqring::test
{

// A professional workspace of the organisation `orgId` that has no criteria yet, from the
// sandbox's `data`; empty if there is none.
inline QString professionalWorkspace(const QJsonObject &data, const QString &orgId)
{
    QStringList professional;
    const QJsonArray licenses = data.value(QLatin1String("licenses")).toArray();
    for (const QJsonValue &license : licenses) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional << license[QLatin1String("id")].toString();
    }
    const QJsonObject criteria = data.value(QLatin1String("criteria")).toObject();
    const QJsonArray workspaces = data.value(QLatin1String("workspaces")).toArray();
    for (const QJsonValue &workspace : workspaces) {
        const QString id = workspace[QLatin1String("id")].toString();
        if (workspace[QLatin1String("orgId")].toString() != orgId ||
            !criteria.value(id).toArray().isEmpty())
            continue;
        const QJsonArray held = workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                                         [QLatin1String("licenses")]
                                             .toArray();
        for (const QJsonValue &license : held) {
            if (professional.contains(license.toString()))
                return id;
        }
    }
    return {};
}

} // namespace seqring::test
