#include "app/sandbox/sandboxringstore.h"

namespace seqring::sandbox
{

namespace
{

const QLatin1String kCriteria("criteria");
const QLatin1String kSequentialRing("sequentialRing");

} // namespace

QJsonArray SandboxRingStore::criteria(const QString &workspaceId) const
{
    return m_data->document().value(kCriteria).toObject().value(workspaceId).toArray();
}

QJsonObject SandboxRingStore::criterion(const QString &workspaceId, const QString &criteriaId) const
{
    const QJsonArray list = criteria(workspaceId);
    for (const QJsonValue &entry : list) {
        if (entry.toObject().value(QLatin1String("id")).toString() == criteriaId)
            return entry.toObject();
    }
    return {};
}

bool SandboxRingStore::addCriteria(const QString &workspaceId, const QJsonObject &stored,
                                   QString *id, QString *error)
{
    QJsonObject entry = stored;
    *id = SandboxData::newId(QStringLiteral("CRITERIA"));
    entry.insert(QLatin1String("id"), *id);
    QJsonObject all = m_data->document().value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    list.append(entry);
    all.insert(workspaceId, list);
    return m_data->setPart(kCriteria, all, error);
}

bool SandboxRingStore::replaceCriteria(const QString &workspaceId, const QString &criteriaId,
                                       const QJsonObject &stored, QString *error)
{
    QJsonObject all = m_data->document().value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toObject().value(QLatin1String("id")).toString() == criteriaId) {
            QJsonObject entry = stored;
            entry.insert(QLatin1String("id"), criteriaId);
            list.replace(i, entry);
        }
    }
    all.insert(workspaceId, list);
    return m_data->setPart(kCriteria, all, error);
}

bool SandboxRingStore::removeCriteria(const QString &workspaceId, const QString &criteriaId,
                                      QString *error)
{
    QJsonObject all = m_data->document().value(kCriteria).toObject();
    QJsonArray list = all.value(workspaceId).toArray();
    for (int i = list.size() - 1; i >= 0; --i) {
        if (list.at(i).toObject().value(QLatin1String("id")).toString() == criteriaId)
            list.removeAt(i);
    }
    all.insert(workspaceId, list);
    return m_data->setPart(kCriteria, all, error);
}

QJsonObject SandboxRingStore::settings(const QString &workspaceId) const
{
    const QJsonObject all = m_data->document().value(kSequentialRing).toObject();
    if (all.contains(workspaceId))
        return all.value(workspaceId).toObject();
    return QJsonObject{{QLatin1String("enabled"), false},
                       {QLatin1String("ringBaseLocationFirstEnabled"), true},
                       {QLatin1String("baseLocationNumberOfRings"), 2},
                       {QLatin1String("continueIfBaseLocationIsBusyEnabled"), true},
                       {QLatin1String("callsToVoicemailEnabled"), false},
                       {QLatin1String("phoneNumbers"), QJsonArray()}};
}

bool SandboxRingStore::setSettings(const QString &workspaceId, const QJsonObject &settings,
                                   QString *error)
{
    QJsonObject all = m_data->document().value(kSequentialRing).toObject();
    all.insert(workspaceId, settings);
    return m_data->setPart(kSequentialRing, all, error);
}

} // namespace seqring::sandbox
