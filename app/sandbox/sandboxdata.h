#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqring::sandbox
{

// An access token of the fixture and what it may do.
struct TokenInfo {
    QString token;
    QString role; // demo | readOnly | otherOrg
    QString orgId;
    QString personId;
    QStringList scopes;
    bool isValid() const { return !token.isEmpty(); }
    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// The sandbox's data: the fixture document, lookups, criteria changes and the --state file.
class SandboxData
{
public:
    SandboxData();

    static QByteArray demoJson(); // the embedded :/sandbox/demo.json
    bool load(const QByteArray &json, QString *error = nullptr);
    // Loads FILE (written from the current data when missing) and saves every change to it.
    bool useStateFile(const QString &path, QString *error = nullptr);
    QJsonObject document() const { return m_doc; }
    // See SandboxServer::generateWorkspaces.
    bool generateWorkspaces(int count, QString *error = nullptr);

    TokenInfo token(const QString &token) const;
    TokenInfo tokenForRole(const QString &role) const;
    QString otherOrgId(const QString &orgId) const; // the first organisation that is not orgId

    QJsonObject person(const QString &id) const;
    QList<QJsonObject> workspaces(const QString &orgId) const;
    QJsonObject workspace(const QString &id, const QString &orgId) const; // empty if unknown
    QJsonObject location(const QString &id, const QString &orgId) const;  // empty if unknown
    QList<QJsonObject> locations(const QString &orgId) const;
    QList<QJsonObject> schedules(const QString &locationId) const;
    QList<QJsonObject> licenses(const QString &orgId) const;
    // The organisation's own phone numbers (GET /telephony/config/numbers), with their orgId.
    QList<QJsonObject> numbers(const QString &orgId) const;
    bool isProfessional(const QJsonObject &workspace) const;

    // Replaces the document's top-level `key` with `value` and saves the state file; false
    // (with error) only when it cannot be saved. The criteria and settings: SandboxRingStore.
    bool setPart(const QString &key, const QJsonObject &value, QString *error);

    // A new base64-style Webex ID ("ciscospark://us/KIND/<uuid>") without '+', '/' or '='.
    static QString newId(const QString &kind);

private:
    QList<QJsonObject> objects(const QString &array) const;
    QList<QJsonObject> ofOrg(const QString &array, const QString &orgId) const;
    bool persist(QString *error) const;
    // Every location in `places` gets a business hours and a holidays schedule, and every
    // schedule of theirs without events the demo's (Monday to Friday 09:00 to 17:00; 25 and 26
    // December): SandboxScheduleEvents.
    void giveSchedulesEvents(const QList<QJsonObject> &places);

    QJsonObject m_doc;
    mutable QHash<QString, qsizetype> m_workspaceIndex; // workspace ID -> its place
    QString m_statePath;
};

} // namespace seqring::sandbox
