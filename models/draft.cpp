#include "models/draft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace seqring
{

namespace
{
const QLatin1String kWorkspaceKey("workspaceId");
const QLatin1String kOrgKey("orgId");
} // namespace

QByteArray DraftJson::toJson(const Draft &draft)
{
    // The body in wire order, then the target: insert the two keys before the closing brace.
    QByteArray body = CriteriaJson::toJson(draft.criteria, CriteriaJson::Keep::Typed);
    const qsizetype close = body.lastIndexOf('}');
    QByteArray tail;
    // "key": "value", each quoted by QJsonDocument on its own (a value may hold '":').
    auto quoted = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    auto member = [&quoted](QLatin1String key, const QString &value) -> QByteArray {
        return "    " + quoted(key) + ": " + quoted(value);
    };
    tail += member(kWorkspaceKey, draft.workspaceId);
    if (!draft.orgId.isEmpty())
        tail += ",\n" + member(kOrgKey, draft.orgId);
    const qsizetype lastNewline = body.lastIndexOf('\n', close - 1);
    body.insert(lastNewline, ",\n" + tail);
    return body;
}

Parsed<Draft> DraftJson::fromJson(const QByteArray &json)
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
    Draft draft;
    for (const QLatin1String key : {kWorkspaceKey, kOrgKey}) {
        const QJsonValue value = object.take(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return {std::nullopt,
                    tr("Key \"%1\" must be a string, but the draft has %2.")
                        .arg(key,
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)))};
        (key == kWorkspaceKey ? draft.workspaceId : draft.orgId) = value.toString();
    }
    const Parsed<Criteria> criteria = CriteriaJson::fromJsonObject(object);
    if (!criteria.ok())
        return {std::nullopt, criteria.error};
    draft.criteria = *criteria.value;
    return {draft, {}};
}

} // namespace seqring
