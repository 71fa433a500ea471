#include "app/files/draftfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace seqring
{

namespace
{
const QLatin1String kWorkspaceKey("workspaceId");
const QLatin1String kOrgKey("orgId");
const QLatin1String kFormatKey("format");
const QLatin1String kVersionKey("version");

// A JSON value as it is written, for a message.
QString shown(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Takes the format and version out of `object`; an error when the draft is not one this
// version reads.
QString takeVersion(QJsonObject *object)
{
    const QJsonValue format = object->take(kFormatKey);
    if (!format.isUndefined() && format.toString() != DraftFile::formatName())
        return DraftFile::tr("Key \"format\" must be \"%1\", but the draft has %2.")
            .arg(DraftFile::formatName(), shown(format));
    const QJsonValue version = object->take(kVersionKey);
    if (version.isUndefined())
        return {}; // a draft from before the version: version 0
    if (!version.isDouble() || version.toDouble() < 0 ||
        version.toDouble() != double(version.toInt()))
        return DraftFile::tr("Key \"version\" must be a whole number, but the draft has %1.")
            .arg(shown(version));
    if (version.toInt() > DraftFile::kVersion)
        return DraftFile::tr("It was written by a newer version of seqring-admin (draft format "
                             "%1; this version reads format %2). Open it with that version.")
            .arg(version.toInt())
            .arg(DraftFile::kVersion);
    return {};
}
} // namespace

QString DraftFile::formatName()
{
    return QStringLiteral("seqring-admin/draft");
}

Parsed<Draft> DraftFile::read(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                tr("Could not open the draft \"%1\": %2.").arg(shown, file.errorString())};
    if (file.size() > kMaxDraftBytes)
        return {std::nullopt, tr("\"%1\" is %2 bytes, too large for a draft (at most %3). "
                                 "Choose a draft saved by this program.")
                                  .arg(shown)
                                  .arg(file.size())
                                  .arg(kMaxDraftBytes)};
    const Parsed<Draft> parsed = fromJson(file.readAll());
    if (!parsed.ok())
        return {std::nullopt, tr("The draft \"%1\" cannot be used: %2").arg(shown, parsed.error)};
    return parsed;
}

QString DraftFile::write(const QString &path, const Draft &draft)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write the draft \"%1\": %2.").arg(shown, file.errorString());
    const QByteArray json = toJson(draft);
    if (file.write(json) != json.size() || !file.commit())
        return tr("Could not save the draft \"%1\": %2. The previous file, if any, is "
                  "unchanged.")
            .arg(shown, file.errorString());
    return {};
}

QByteArray DraftFile::toJson(const Draft &draft)
{
    // The body in wire order, then the target: insert the keys before the closing brace.
    QByteArray body = CriteriaJson::toJson(draft.criteria, CriteriaJson::Keep::Typed);
    const qsizetype close = body.lastIndexOf('}');
    QByteArray tail;
    // "key": value, each written by QJsonDocument on its own (a value may hold '":').
    auto written = [](const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    auto member = [&written](QLatin1String key, const QJsonValue &value) -> QByteArray {
        return "    " + written(QString(key)) + ": " + written(value);
    };
    tail += member(kWorkspaceKey, draft.workspaceId);
    if (!draft.orgId.isEmpty())
        tail += ",\n" + member(kOrgKey, draft.orgId);
    tail += ",\n" + member(kFormatKey, formatName());
    tail += ",\n" + member(kVersionKey, kVersion);
    const qsizetype lastNewline = body.lastIndexOf('\n', close - 1);
    body.insert(lastNewline, ",\n" + tail);
    return body;
}

Parsed<Draft> DraftFile::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {std::nullopt, tr("The draft is not valid JSON (at character %1: %2).")
                                  .arg(error.offset)
                                  .arg(error.errorString())};
    if (!document.isObject())
        return {std::nullopt, tr("The draft must be a JSON object ({ … }).")};
    QJsonObject object = document.object();
    const QString versionProblem = takeVersion(&object);
    if (!versionProblem.isEmpty())
        return {std::nullopt, versionProblem};
    Draft draft;
    for (const QLatin1String key : {kWorkspaceKey, kOrgKey}) {
        const QJsonValue value = object.take(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return {
                std::nullopt,
                tr("Key \"%1\" must be a string, but the draft has %2.").arg(key, shown(value))};
        (key == kWorkspaceKey ? draft.workspaceId : draft.orgId) = value.toString();
    }
    const Parsed<Criteria> criteria = CriteriaJson::fromJsonObject(object);
    if (!criteria.ok())
        return {std::nullopt, criteria.error};
    draft.criteria = *criteria.value;
    return {draft, {}};
}

} // namespace seqring
