#include "app/files/syncjournal.h"

#include "app/files/statefile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

namespace
{

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QJsonObject rowToJson(const SyncReportRow &row)
{
    QJsonObject object{{key("action"), toWire(row.action)},
                       {key("result"), toWire(row.result)},
                       {key("message"), row.message}};
    if (!row.criteriaId.isEmpty())
        object.insert(key("criteriaId"), row.criteriaId);
    if (row.httpStatus > 0)
        object.insert(key("httpStatus"), row.httpStatus);
    if (!row.trackingId.isEmpty())
        object.insert(key("trackingId"), row.trackingId);
    return object;
}

SyncReportRow rowFromJson(const QJsonObject &object, const QString &workspaceId,
                          const QString &displayName)
{
    SyncReportRow row;
    row.workspaceId = workspaceId;
    row.displayName = displayName;
    row.action = SyncJournal::kindFromWire(object.value(key("action")).toString())
                     .value_or(SyncAction::Kind::InSync);
    row.result = SyncJournal::resultFromWire(object.value(key("result")).toString())
                     .value_or(SyncResult::Failed);
    row.criteriaId = object.value(key("criteriaId")).toString();
    row.httpStatus = object.value(key("httpStatus")).toInt();
    row.trackingId = object.value(key("trackingId")).toString();
    row.message = object.value(key("message")).toString();
    return row;
}

// The entries as a state document (the state file's one writer), inside the "sync" record.
QJsonObject entriesToJson(const SyncJournalHeader &header)
{
    StateDocument document;
    document.header.exportedAt = QDateTime::currentDateTimeUtc();
    document.header.apiRoot = header.apiRoot;
    document.header.orgId = header.orgId;
    document.workspaces = header.entries;
    return QJsonDocument::fromJson(StateFileWriter::toJson(document)).object();
}

// Reads the version 2 keys of the "sync" record into `header`. False with a sentence naming
// the journal when its entries cannot be read.
bool readRunKeys(const QJsonObject &record, const QString &shown, SyncJournalHeader *header,
                 QString *error)
{
    for (const QJsonValue &target : record.value(key("targets")).toArray())
        header->targets.append(
            {target[key("workspaceId")].toString(), target[key("displayName")].toString(), 0});
    if (!record.contains(key("entries")))
        return true;
    const Parsed<StateDocument> entries = StateFileReader::fromJson(
        QJsonDocument(record.value(key("entries")).toObject()).toJson(QJsonDocument::Compact));
    if (!entries.ok()) {
        *error = SyncJournal::tr("The first line of the journal %1 holds entries that cannot be "
                                 "read (%2). Discard the journal and run the sync again.")
                     .arg(shown, entries.error);
        return false;
    }
    header->entries = entries.value->workspaces;
    return true;
}

} // namespace

QString SyncJournal::formatName()
{
    return QStringLiteral("seqring-admin/sync-journal");
}

QJsonObject SyncJournal::header(const SyncJournalHeader &header)
{
    QJsonObject record{
        {key("event"), QStringLiteral("sync")},
        {key("format"), formatName()},
        {key("version"), kVersion},
        {key("apiRoot"), header.apiRoot},
        {key("orgId"), header.orgId},
        {key("source"), header.source},
        {key("mode"), header.templateMode ? QStringLiteral("template") : QStringLiteral("desired")},
        {key("allowDelete"), header.allowDelete},
        {key("concurrency"), header.concurrency}};
    if (!header.targets.isEmpty()) {
        QJsonArray targets;
        for (const BulkTarget &target : header.targets)
            targets.append(QJsonObject{{key("workspaceId"), target.workspaceId},
                                       {key("displayName"), target.displayName}});
        record.insert(key("targets"), targets);
        record.insert(key("entries"), entriesToJson(header));
    }
    return record;
}

QJsonObject SyncJournal::sending(const QString &workspaceId, const QString &displayName,
                                 const SyncAction &action, const QStringList &knownBefore,
                                 const QString &trackingId)
{
    QJsonObject object{{key("event"), QStringLiteral("sending")},
                       {key("workspaceId"), workspaceId},
                       {key("displayName"), displayName},
                       {key("action"), toWire(action.kind)},
                       {key("trackingId"), trackingId}};
    if (!action.criteriaId.isEmpty())
        object.insert(key("criteriaId"), action.criteriaId);
    // What is sent, so that a check after a crash can compare it with what the workspace has.
    if (action.kind == SyncAction::Kind::CreateCriteria ||
        action.kind == SyncAction::Kind::UpdateCriteria)
        object.insert(key("criteria"),
                      QJsonDocument::fromJson(CriteriaJson::toJson(action.criteria)).object());
    if (action.kind == SyncAction::Kind::CreateCriteria)
        object.insert(key("knownBefore"), QJsonArray::fromStringList(knownBefore));
    if (action.kind == SyncAction::Kind::UpdateSettings)
        object.insert(key("settings"),
                      QJsonDocument::fromJson(action.settings.toPutJson()).object());
    return object;
}

QJsonObject SyncJournal::answer(const QString &workspaceId, const SyncAction::Kind action,
                                int httpStatus, const QString &criteriaId,
                                const QString &trackingId, bool ambiguous)
{
    QJsonObject object{{key("event"), QStringLiteral("answer")},
                       {key("workspaceId"), workspaceId},
                       {key("action"), toWire(action)},
                       {key("httpStatus"), httpStatus},
                       {key("trackingId"), trackingId}};
    if (!criteriaId.isEmpty())
        object.insert(key("criteriaId"), criteriaId);
    if (ambiguous)
        object.insert(key("ambiguous"), true);
    return object;
}

QJsonObject SyncJournal::result(const QString &workspaceId, const QString &displayName,
                                bool finished, bool matched, const QList<SyncReportRow> &rows)
{
    QJsonArray list;
    for (const SyncReportRow &row : rows)
        list.append(rowToJson(row));
    return {{key("event"), QStringLiteral("result")},
            {key("workspaceId"), workspaceId},
            {key("displayName"), displayName},
            {key("finished"), finished},
            {key("matched"), matched},
            {key("rows"), list}};
}

QJsonObject SyncJournal::marker(const QString &event)
{
    return {{key("event"), event}};
}

QJsonObject SyncJournal::discarded()
{
    return {{key("event"), QStringLiteral("end")}, {key("discarded"), true}};
}

bool SyncJournal::load(const QString &path, SyncJournalContents *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2.").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, contents, error);
}

bool SyncJournal::parse(const QByteArray &data, const QString &shown, SyncJournalContents *contents,
                        QString *error)
{
    *contents = {};
    bool headerSeen = false;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        if (!doc.isObject()) {
            if (i == lines.size() - 1 && headerSeen)
                break; // the last line, cut off by a crash: its step did not happen
            *error = tr("The journal %1 is damaged at line %2: %3.")
                         .arg(shown)
                         .arg(i + 1)
                         .arg(doc.isNull() ? parseError.errorString() : tr("not an object"));
            return false;
        }
        const QJsonObject record = doc.object();
        const QString event = record.value(key("event")).toString();
        if (!headerSeen) {
            if (event != QLatin1String("sync") ||
                record.value(key("format")).toString() != formatName()) {
                *error = tr("%1 is not a sync journal (its first line has no \"format\": "
                            "\"%2\"). Give the journal a sync wrote, or another file to start "
                            "a new one.")
                             .arg(shown, formatName());
                return false;
            }
            const int version = record.value(key("version")).toInt();
            if (version > kVersion || version < 1) {
                *error = tr("The journal %1 is of version %2 of the sync journal; this "
                            "seqring-admin reads version %3 and older. Resume it with the "
                            "seqring-admin that wrote it.")
                             .arg(shown)
                             .arg(record.value(key("version")).toVariant().toString())
                             .arg(kVersion);
                return false;
            }
            headerSeen = true;
            SyncJournalHeader &header = contents->header;
            header.apiRoot = record.value(key("apiRoot")).toString();
            header.orgId = record.value(key("orgId")).toString();
            header.source = record.value(key("source")).toString();
            header.templateMode = record.value(key("mode")).toString() == QLatin1String("template");
            header.allowDelete = record.value(key("allowDelete")).toBool();
            header.concurrency = record.value(key("concurrency")).toInt();
            if (!readRunKeys(record, shown, &header, error))
                return false;
            continue;
        }
        if (event == QLatin1String("end")) {
            contents->ended = true;
            continue;
        }
        if (event == QLatin1String("resume")) {
            contents->ended = false;
            continue;
        }
        const QString id = record.value(key("workspaceId")).toString();
        if (id.isEmpty())
            continue;
        SyncJournalEntry &entry = contents->workspaces[id];
        if (record.contains(key("displayName")))
            entry.displayName = record.value(key("displayName")).toString();
        if (event == QLatin1String("sending")) {
            entry.state = SyncJournalEntry::State::InFlight;
            entry.action = kindFromWire(record.value(key("action")).toString())
                               .value_or(SyncAction::Kind::InSync);
            entry.criteriaId = record.value(key("criteriaId")).toString();
            entry.trackingId = record.value(key("trackingId")).toString();
            entry.criteria.reset();
            if (record.contains(key("criteria"))) {
                const Parsed<Criteria> criteria =
                    CriteriaJson::fromJsonObject(record.value(key("criteria")).toObject());
                if (criteria.ok())
                    entry.criteria = *criteria.value;
            }
            entry.knownBefore.clear();
            for (const QJsonValue &known : record.value(key("knownBefore")).toArray())
                entry.knownBefore.append(known.toString());
        } else if (event == QLatin1String("answer")) {
            // Answered: known, unless it may or may not have been carried out.
            if (!record.value(key("ambiguous")).toBool())
                entry.state = SyncJournalEntry::State::Open;
        } else if (event == QLatin1String("result")) {
            const bool finished = record.value(key("finished")).toBool();
            entry.state =
                finished ? SyncJournalEntry::State::Finished : SyncJournalEntry::State::Open;
            entry.matched = record.value(key("matched")).toBool();
            entry.rows.clear();
            for (const QJsonValue &row : record.value(key("rows")).toArray())
                entry.rows.append(rowFromJson(row.toObject(), id, entry.displayName));
        }
    }
    if (!headerSeen) {
        *error = tr("The journal %1 is empty: there is no sync to resume.").arg(shown);
        return false;
    }
    return true;
}

std::optional<SyncAction::Kind> SyncJournal::kindFromWire(const QString &wire)
{
    for (SyncAction::Kind kind :
         {SyncAction::Kind::UpdateSettings, SyncAction::Kind::CreateCriteria,
          SyncAction::Kind::UpdateCriteria, SyncAction::Kind::DeleteCriteria,
          SyncAction::Kind::KeepCriteria, SyncAction::Kind::InSync}) {
        if (toWire(kind) == wire)
            return kind;
    }
    return std::nullopt;
}

std::optional<SyncResult> SyncJournal::resultFromWire(const QString &wire)
{
    for (SyncResult result : {SyncResult::Done, SyncResult::WouldDo, SyncResult::Kept,
                              SyncResult::Skipped, SyncResult::Failed}) {
        if (toWire(result) == wire)
            return result;
    }
    return std::nullopt;
}

} // namespace seqring
