#include "app/files/journalformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

namespace
{
const QLatin1String kEvent("event");
const QLatin1String kWorkspaceId("workspaceId");
const QLatin1String kDisplayName("displayName");
const QLatin1String kTrackingId("trackingId");
const QLatin1String kCriteriaId("criteriaId");

struct KindName {
    JournalLine::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {
    {JournalLine::Kind::Run, "run"},       {JournalLine::Kind::Sending, "sending"},
    {JournalLine::Kind::Answer, "answer"}, {JournalLine::Kind::Result, "result"},
    {JournalLine::Kind::Retry, "retry"},   {JournalLine::Kind::Resume, "resume"},
    {JournalLine::Kind::End, "end"},
};

QString nameOf(JournalLine::Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

JournalLine::Kind kindOf(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return JournalLine::Kind::Other;
}

// A line about one workspace: its kind, ID and name.
QJsonObject workspaceLine(JournalLine::Kind kind, const BulkTarget &workspace)
{
    return {{kEvent, nameOf(kind)},
            {kWorkspaceId, workspace.workspaceId},
            {kDisplayName, workspace.displayName}};
}

// The run line's fields into `run`; false with a sentence when its criteria cannot be read.
bool parseRun(const QJsonObject &object, BulkRunRecord *run, QString *error)
{
    const Parsed<Criteria> criteria =
        CriteriaJson::fromJsonObject(object.value(QLatin1String("criteria")).toObject());
    if (!criteria.ok()) {
        *error = JournalFormat::tr("its criteria cannot be read: %1").arg(criteria.error);
        return false;
    }
    run->criteria = *criteria.value;
    run->apiRoot = object.value(QLatin1String("apiRoot")).toString();
    run->orgId = object.value(QLatin1String("orgId")).toString();
    run->options.concurrency =
        object.value(QLatin1String("concurrency")).toInt(BulkOptions::kDefaultConcurrency);
    run->options.createOnDuplicate = object.value(QLatin1String("createOnDuplicate")).toBool();
    run->targets.clear();
    for (const QJsonValue &target : object.value(QLatin1String("targets")).toArray())
        run->targets.append({target[kWorkspaceId].toString(), target[kDisplayName].toString(), 0});
    run->ended = false;
    return true;
}
} // namespace

QString JournalFormat::formatName()
{
    return QStringLiteral("seqring-admin/journal");
}

QJsonObject JournalFormat::run(const BulkRunRecord &record)
{
    QJsonArray list;
    for (const BulkTarget &target : record.targets)
        list.append(
            QJsonObject{{kWorkspaceId, target.workspaceId}, {kDisplayName, target.displayName}});
    return {{kEvent, nameOf(JournalLine::Kind::Run)},
            {QLatin1String("format"), formatName()},
            {QLatin1String("version"), kVersion},
            {QLatin1String("criteria"),
             QJsonDocument::fromJson(CriteriaJson::toJson(record.criteria)).object()},
            {QLatin1String("apiRoot"), record.apiRoot},
            {QLatin1String("orgId"), record.orgId},
            {QLatin1String("concurrency"), record.options.concurrency},
            {QLatin1String("createOnDuplicate"), record.options.createOnDuplicate},
            {QLatin1String("targets"), list}};
}

QJsonObject JournalFormat::sending(const BulkTarget &workspace, const QString &trackingId,
                                   const QStringList &knownBefore)
{
    QJsonObject line = workspaceLine(JournalLine::Kind::Sending, workspace);
    line.insert(kTrackingId, trackingId);
    line.insert(QLatin1String("knownBefore"), QJsonArray::fromStringList(knownBefore));
    return line;
}

QJsonObject JournalFormat::answer(const BulkTarget &workspace, int httpStatus,
                                  const QString &criteriaId, const QString &trackingId)
{
    QJsonObject line = workspaceLine(JournalLine::Kind::Answer, workspace);
    line.insert(QLatin1String("httpStatus"), httpStatus);
    line.insert(kCriteriaId, criteriaId);
    line.insert(kTrackingId, trackingId);
    return line;
}

QJsonObject JournalFormat::result(const BulkTarget &workspace, const QString &result,
                                  const QString &criteriaId, const QString &message,
                                  bool unresolved)
{
    QJsonObject line = workspaceLine(JournalLine::Kind::Result, workspace);
    line.insert(QLatin1String("result"), result);
    line.insert(kCriteriaId, criteriaId);
    line.insert(QLatin1String("message"), message);
    if (unresolved)
        line.insert(QLatin1String("unresolved"), true);
    return line;
}

QJsonObject JournalFormat::retry()
{
    return {{kEvent, nameOf(JournalLine::Kind::Retry)}};
}

QJsonObject JournalFormat::resume()
{
    return {{kEvent, nameOf(JournalLine::Kind::Resume)}};
}

QJsonObject JournalFormat::end(bool discarded)
{
    QJsonObject line{{kEvent, nameOf(JournalLine::Kind::End)}};
    if (discarded)
        line.insert(QLatin1String("discarded"), true);
    return line;
}

bool JournalFormat::parse(const QByteArray &line, JournalLine *parsed, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : tr("not a JSON object");
        return false;
    }
    const QJsonObject object = doc.object();
    *parsed = JournalLine{};
    parsed->kind = kindOf(object.value(kEvent).toString());
    parsed->workspaceId = object.value(kWorkspaceId).toString();
    parsed->displayName = object.value(kDisplayName).toString();
    parsed->trackingId = object.value(kTrackingId).toString();
    for (const QJsonValue &known : object.value(QLatin1String("knownBefore")).toArray())
        parsed->knownBefore.append(known.toString());
    parsed->httpStatus = object.value(QLatin1String("httpStatus")).toInt();
    parsed->criteriaId = object.value(kCriteriaId).toString();
    parsed->result = object.value(QLatin1String("result")).toString();
    parsed->message = object.value(QLatin1String("message")).toString();
    parsed->unresolved = object.value(QLatin1String("unresolved")).toBool();
    if (parsed->kind != JournalLine::Kind::Run)
        return true;
    // Journals from before the format had a version name neither: version 0.
    const QString format = object.value(QLatin1String("format")).toString(formatName());
    if (format != formatName()) {
        *error = tr("it is a \"%1\" file, not a journal of seqring-admin").arg(format);
        return false;
    }
    parsed->version = object.value(QLatin1String("version")).toInt(0);
    if (parsed->version > kVersion)
        return true; // not read further: read() refuses it, naming the version
    return parseRun(object, &parsed->run, error);
}

bool JournalFormat::read(const QString &path, QList<JournalLine> *lines, QString *error)
{
    lines->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2.").arg(path, file.errorString());
        return false;
    }
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i).trimmed().isEmpty())
            continue;
        JournalLine line;
        QString problem;
        if (!parse(raw.at(i), &line, &problem)) {
            if (i == raw.size() - 1)
                break; // the last line, cut off by a crash: its step did not happen
            *error =
                tr("The journal %1 is damaged at line %2: %3.").arg(path).arg(i + 1).arg(problem);
            return false;
        }
        if (line.kind == JournalLine::Kind::Run && line.version > kVersion) {
            *error = tr("The journal %1 was written by a newer seqring-admin (journal version "
                        "%2; this one reads versions up to %3). Resume it with that version.")
                         .arg(path)
                         .arg(line.version)
                         .arg(kVersion);
            return false;
        }
        lines->append(line);
    }
    return true;
}

} // namespace seqring
