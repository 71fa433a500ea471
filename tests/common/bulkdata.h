#pragma once

// Reading a sandbox's document (SandboxServer::data() or its state file) in bulk tests: the
// generated workspaces, a location's ID and how many criteria each workspace has.
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace seqring::test
{

// The IDs of the generated workspaces ("Bulk Workspace NNN"), in order; only those with the
// Professional license (nine in ten) when `professionalOnly`.
inline QStringList generatedWorkspaceIds(const QJsonObject &doc, bool professionalOnly = true)
{
    QString professional;
    for (const QJsonValue &license : doc.value(QLatin1String("licenses")).toArray()) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional")) {
            professional = license[QLatin1String("id")].toString();
            break;
        }
    }
    QStringList ids;
    for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
        const QJsonArray licenses =
            workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                     [QLatin1String("licenses")]
                         .toArray();
        if (workspace[QLatin1String("displayName")].toString().startsWith(
                QLatin1String("Bulk Workspace ")) &&
            (!professionalOnly || licenses.contains(professional)))
            ids.append(workspace[QLatin1String("id")].toString());
    }
    return ids;
}

// The ID of the location named `name` in `doc` (the sandbox's "London"); empty when none is.
inline QString locationId(const QJsonObject &doc, const QString &name)
{
    for (const QJsonValue &location : doc.value(QLatin1String("locations")).toArray()) {
        if (location[QLatin1String("name")].toString() == name)
            return location[QLatin1String("id")].toString();
    }
    return {};
}

inline int criteriaCount(const QJsonObject &doc, const QString &workspaceId)
{
    return int(doc.value(QLatin1String("criteria")).toObject().value(workspaceId).toArray().size());
}

} // namespace seqring::test
