#pragma once

#include "app/sandbox/sandboxdata.h"

namespace seqring::sandbox
{

// The sequential ring part of the sandbox's data: each workspace's criteria and settings,
// kept in SandboxData's document (and saved to its state file with every change).
class SandboxRingStore
{
public:
    explicit SandboxRingStore(SandboxData *data) : m_data(data) {}

    QJsonArray criteria(const QString &workspaceId) const;
    QJsonObject criterion(const QString &workspaceId, const QString &criteriaId) const;
    // The changes below return false (with error) only when the state file cannot be saved.
    bool addCriteria(const QString &workspaceId, const QJsonObject &stored, QString *id,
                     QString *error);
    bool replaceCriteria(const QString &workspaceId, const QString &criteriaId,
                         const QJsonObject &stored, QString *error);
    bool removeCriteria(const QString &workspaceId, const QString &criteriaId, QString *error);

    QJsonObject settings(const QString &workspaceId) const; // stored, or the defaults
    bool setSettings(const QString &workspaceId, const QJsonObject &settings, QString *error);

private:
    SandboxData *m_data; // not owned
};

} // namespace seqring::sandbox
