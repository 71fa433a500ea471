// The sequential ring part of SandboxData: criteria and settings per workspace.
#include "app/sandbox/sandboxdata.h"

namespace seqring::sandbox
{

namespace
{

const QLatin1String kCriteria("criteria");
const QLatin1String kSequentialRing("sequentialRing");

} // namespace

QJsonArray SandboxData::criteria(const QString &workspaceId) const
{
    return m_doc.value(kCriteria).toObject().value(workspaceId).toArray();
}

QJsonObject SandboxData::criterion(const QString &workspaceId, const QString &criteriaId) const
{
    const QJsonArray list = criteria(workspaceId);
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(QLatin1String("id")).toString() == criteriaId)
            return entry.toObject();
    }
    return {};
}

bool SandboxData::addCriteria(const QString &workspaceId, const QJsonObject &stored, QString *id,
                              QString *error)
{
    QJsonObject entry = stored;
    *id = newId(QStringLiteral("CRITERIA"));
    entry.insert(QLatin1String("id"), *id);
    QJsonObject all = m_doc.value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    list.append(entry);
    all.insert(workspaceId, list);
    m_doc.insert(kCriteria, all);
    return persist(error);
}

bool SandboxData::replaceCriteria(const QString &workspaceId, const QString &criteriaId,
                                  const QJsonObject &stored, QString *error)
{
    QJsonObject all = m_doc.value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("id")).toString() == criteriaId) {
            QJsonObject entry = stored;
            entry.insert(QLatin1String("id"), criteriaId);
            list.replace(i, entry);
        }
    }
    all.insert(workspaceId, list);
    m_doc.insert(kCriteria, all);
    return persist(error);
}

bool SandboxData::removeCriteria(const QString &workspaceId, const QString &criteriaId,
                                 QString *error)
{
    QJsonObject all = m_doc.value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    for (int i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(QLatin1String("id")).toString() == criteriaId)
            list.removeAt(i);
    }
    all.insert(workspaceId, list);
    m_doc.insert(kCriteria, all);
    return persist(error);
}

QJsonObject SandboxData::settings(const QString &workspaceId) const
{
    const QJsonObject all = m_doc.value(kSequentialRing).toObject();
    if (all.contains(workspaceId))
        return all.value(workspaceId).toObject();
    return QJsonObject{{QLatin1String("enabled"), false},
                       {QLatin1String("ringBaseLocationFirstEnabled"), true},
                       {QLatin1String("baseLocationNumberOfRings"), 2},
                       {QLatin1String("continueIfBaseLocationIsBusyEnabled"), true},
                       {QLatin1String("callsToVoicemailEnabled"), false},
                       {QLatin1String("phoneNumbers"), QJsonArray()}};
}

bool SandboxData::setSettings(const QString &workspaceId, const QJsonObject &settings,
                              QString *error)
{
    QJsonObject all = m_doc.value(kSequentialRing).toObject();
    all.insert(workspaceId, settings);
    m_doc.insert(kSequentialRing, all);
    return persist(error);
}

} // namespace seqring::sandbox
