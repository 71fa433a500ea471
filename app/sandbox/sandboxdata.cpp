#include "app/sandbox/sandboxdata.h"

#include "app/sandbox/sandboxscheduleevents.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSaveFile>
#include <QUuid>

namespace seqring::sandbox
{

namespace
{

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

SandboxData::SandboxData()
{
    load(demoJson());
}

QByteArray SandboxData::demoJson()
{
    QFile file(QStringLiteral(":/sandbox/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool SandboxData::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, QStringLiteral("The sandbox data is not a JSON object: %1 at offset %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        return false;
    }
    const QJsonObject root = doc.object();
    for (const char *key : {"tokens", "workspaces", "locations", "schedules", "licenses"}) {
        if (!root.value(QLatin1String(key)).isArray()) {
            setError(
                error,
                QStringLiteral("The sandbox data has no \"%1\" list.").arg(QLatin1String(key)));
            return false;
        }
    }
    m_doc = root;
    m_workspaceIndex.clear();
    return persist(error);
}

bool SandboxData::useStateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            setError(
                error,
                QStringLiteral("Cannot read the state file %1: %2.").arg(path, file.errorString()));
            return false;
        }
        const QByteArray json = file.readAll();
        m_statePath.clear();
        if (!load(json, error))
            return false;
    }
    m_statePath = path;
    return persist(error);
}

bool SandboxData::persist(QString *error) const
{
    if (m_statePath.isEmpty())
        return true;
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QStringLiteral("Cannot write the state file %1: %2.")
                            .arg(m_statePath, file.errorString()));
        return false;
    }
    file.write(QJsonDocument(m_doc).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        setError(error, QStringLiteral("Cannot save the state file %1: %2.")
                            .arg(m_statePath, file.errorString()));
        return false;
    }
    return true;
}

QList<QJsonObject> SandboxData::objects(const QString &array) const
{
    QList<QJsonObject> result;
    const QJsonArray items = m_doc.value(array).toArray();
    for (const QJsonValue &item : items)
        result.append(item.toObject());
    return result;
}

TokenInfo SandboxData::token(const QString &token) const
{
    for (const QJsonObject &entry : objects(QStringLiteral("tokens"))) {
        if (token.isEmpty() || entry.value(QLatin1String("token")).toString() != token)
            continue;
        TokenInfo info;
        info.token = token;
        info.role = entry.value(QLatin1String("role")).toString();
        info.orgId = entry.value(QLatin1String("orgId")).toString();
        info.personId = entry.value(QLatin1String("personId")).toString();
        const QJsonArray scopes = entry.value(QLatin1String("scopes")).toArray();
        for (const QJsonValue &scope : scopes)
            info.scopes.append(scope.toString());
        return info;
    }
    return {};
}

TokenInfo SandboxData::tokenForRole(const QString &role) const
{
    for (const QJsonObject &entry : objects(QStringLiteral("tokens"))) {
        if (entry.value(QLatin1String("role")).toString() == role)
            return token(entry.value(QLatin1String("token")).toString());
    }
    return {};
}

QString SandboxData::otherOrgId(const QString &orgId) const
{
    for (const QJsonObject &org : objects(QStringLiteral("organizations"))) {
        const QString id = org.value(QLatin1String("id")).toString();
        if (id != orgId)
            return id;
    }
    return {};
}

QJsonObject SandboxData::person(const QString &id) const
{
    for (const QJsonObject &entry : objects(QStringLiteral("people"))) {
        if (entry.value(QLatin1String("id")).toString() == id)
            return entry;
    }
    return {};
}

QList<QJsonObject> SandboxData::workspaces(const QString &orgId) const
{
    return ofOrg(QStringLiteral("workspaces"), orgId);
}

QList<QJsonObject> SandboxData::ofOrg(const QString &array, const QString &orgId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &entry : objects(array)) {
        if (entry.value(QLatin1String("orgId")).toString() == orgId)
            result.append(entry);
    }
    return result;
}

QJsonObject SandboxData::workspace(const QString &id, const QString &orgId) const
{
    // Looked up by an index of the IDs (built on first use after the workspaces changed),
    // so that a sandbox of ten thousand workspaces answers each request quickly.
    const QJsonArray items = m_doc.value(QLatin1String("workspaces")).toArray();
    if (m_workspaceIndex.isEmpty()) {
        for (qsizetype i = 0; i < items.size(); ++i)
            m_workspaceIndex.insert(items.at(i)[QLatin1String("id")].toString(), i);
    }
    const qsizetype at = m_workspaceIndex.value(id, -1);
    if (at < 0 || at >= items.size())
        return {};
    const QJsonObject entry = items.at(at).toObject();
    if (entry.value(QLatin1String("id")).toString() != id ||
        entry.value(QLatin1String("orgId")).toString() != orgId)
        return {};
    return entry;
}

QJsonObject SandboxData::location(const QString &id, const QString &orgId) const
{
    for (const QJsonObject &entry : objects(QStringLiteral("locations"))) {
        if (entry.value(QLatin1String("id")).toString() == id &&
            entry.value(QLatin1String("orgId")).toString() == orgId)
            return entry;
    }
    return {};
}

QList<QJsonObject> SandboxData::locations(const QString &orgId) const
{
    return ofOrg(QStringLiteral("locations"), orgId);
}

QList<QJsonObject> SandboxData::schedules(const QString &locationId) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &entry : objects(QStringLiteral("schedules"))) {
        if (entry.value(QLatin1String("locationId")).toString() == locationId)
            result.append(entry);
    }
    return result;
}

QList<QJsonObject> SandboxData::licenses(const QString &orgId) const
{
    return ofOrg(QStringLiteral("licenses"), orgId);
}

QList<QJsonObject> SandboxData::numbers(const QString &orgId) const
{
    return ofOrg(QStringLiteral("numbers"), orgId);
}

bool SandboxData::isProfessional(const QJsonObject &workspace) const
{
    const QJsonObject calling = workspace.value(QLatin1String("calling")).toObject();
    if (calling.value(QLatin1String("type")).toString() != QLatin1String("webexCalling"))
        return false;
    const QJsonArray assigned = calling.value(QLatin1String("webexCalling"))
                                    .toObject()
                                    .value(QLatin1String("licenses"))
                                    .toArray();
    const QString orgId = workspace.value(QLatin1String("orgId")).toString();
    for (const QJsonObject &license : licenses(orgId)) {
        if (license.value(QLatin1String("name")).toString() ==
                QLatin1String("Webex Calling - Professional") &&
            assigned.contains(license.value(QLatin1String("id"))))
            return true;
    }
    return false;
}

bool SandboxData::generateWorkspaces(int count, QString *error)
{
    const QString orgId = tokenForRole(QStringLiteral("demo")).orgId;
    const QList<QJsonObject> places = locations(orgId);
    QString professional;
    QString basic;
    for (const QJsonObject &license : licenses(orgId)) {
        const QString name = license.value(QLatin1String("name")).toString();
        if (name == QLatin1String("Webex Calling - Professional"))
            professional = license.value(QLatin1String("id")).toString();
        else if (name == QLatin1String("Webex Calling - Workspaces"))
            basic = license.value(QLatin1String("id")).toString();
    }
    if (places.isEmpty() || professional.isEmpty() || basic.isEmpty()) {
        setError(error, QStringLiteral("The sandbox data has no location or no Webex Calling "
                                       "license to generate workspaces with."));
        return false;
    }
    QJsonArray workspaces = m_doc.value(QLatin1String("workspaces")).toArray();
    int first = 0; // numbers go on after the workspaces generated before
    for (const QJsonValue &workspace : workspaces)
        first += workspace[QLatin1String("displayName")].toString().startsWith(
                     QLatin1String("Bulk Workspace "))
                     ? 1
                     : 0;
    for (int i = 0; i < count; ++i) {
        const QJsonObject &place = places.at(i % places.size());
        const QString license = i % 10 == 9 ? basic : professional; // nine in ten Professional
        const QJsonObject calling{{QLatin1String("type"), QLatin1String("webexCalling")},
                                  {QLatin1String("webexCalling"),
                                   QJsonObject{{QLatin1String("licenses"), QJsonArray{license}}}}};
        workspaces.append(QJsonObject{
            {QLatin1String("id"), newId(QStringLiteral("PLACES"))},
            {QLatin1String("displayName"),
             QStringLiteral("Bulk Workspace %1").arg(first + i + 1, 3, 10, QLatin1Char('0'))},
            {QLatin1String("orgId"), orgId},
            {QLatin1String("locationId"), place.value(QLatin1String("id"))},
            {QLatin1String("type"), QLatin1String("desk")},
            {QLatin1String("supportedDevices"), QLatin1String("phones")},
            {QLatin1String("calling"), calling}});
    }
    m_doc.insert(QLatin1String("workspaces"), workspaces);
    m_workspaceIndex.clear();
    giveSchedulesEvents(places);
    return persist(error);
}

bool SandboxData::setPart(const QString &key, const QJsonObject &value, QString *error)
{
    m_doc.insert(key, value);
    return persist(error);
}

QString SandboxData::newId(const QString &kind)
{
    for (;;) {
        const QString plain = QLatin1String("ciscospark://us/") + kind + QLatin1Char('/') +
                              QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray id =
            plain.toUtf8().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
        if (!id.contains('+') && !id.contains('/'))
            return QString::fromLatin1(id);
    }
}

void SandboxData::giveSchedulesEvents(const QList<QJsonObject> &places)
{
    m_doc.insert(QLatin1String("schedules"),
                 SandboxScheduleEvents::completed(m_doc.value(QLatin1String("schedules")).toArray(),
                                                  places));
}

} // namespace seqring::sandbox
