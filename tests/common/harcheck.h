#pragma once

// Checks a HAR file against the fields HAR 1.2 requires (log, creator, entries, request,
// response, content, cache, timings), for the session log tests.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace seqring::test
{

namespace harcheck
{

enum class Type { String, Number, Object, Array };

// Adds "path.key: missing or not a …" to `problems` unless object[key] has `type`.
inline void need(const QJsonObject &object, const QString &path, const char *key, Type type,
                 QStringList *problems)
{
    const QJsonValue value = object.value(QLatin1String(key));
    const bool ok =
        (type == Type::String && value.isString()) || (type == Type::Number && value.isDouble()) ||
        (type == Type::Object && value.isObject()) || (type == Type::Array && value.isArray());
    if (!ok)
        *problems << path + QLatin1Char('.') + QLatin1String(key) +
                         QLatin1String(": missing or wrong type");
}

inline void needNameValues(const QJsonObject &object, const QString &path, const char *key,
                           QStringList *problems)
{
    need(object, path, key, Type::Array, problems);
    const QJsonArray list = object.value(QLatin1String(key)).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i);
        need(list.at(i).toObject(), at, "name", Type::String, problems);
        need(list.at(i).toObject(), at, "value", Type::String, problems);
    }
}

inline void checkEntry(const QJsonObject &entry, const QString &path, QStringList *problems)
{
    need(entry, path, "startedDateTime", Type::String, problems);
    if (!QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(),
                               Qt::ISODateWithMs)
             .isValid())
        *problems << path + QLatin1String(".startedDateTime: not ISO 8601");
    need(entry, path, "time", Type::Number, problems);
    need(entry, path, "cache", Type::Object, problems);
    need(entry, path, "request", Type::Object, problems);
    need(entry, path, "response", Type::Object, problems);
    need(entry, path, "timings", Type::Object, problems);

    const QJsonObject request = entry.value(QLatin1String("request")).toObject();
    const QString rq = path + QLatin1String(".request");
    for (const char *key : {"method", "url", "httpVersion"})
        need(request, rq, key, Type::String, problems);
    need(request, rq, "cookies", Type::Array, problems);
    needNameValues(request, rq, "headers", problems);
    needNameValues(request, rq, "queryString", problems);
    for (const char *key : {"headersSize", "bodySize"})
        need(request, rq, key, Type::Number, problems);
    if (request.contains(QLatin1String("postData"))) {
        const QJsonObject post = request.value(QLatin1String("postData")).toObject();
        need(post, rq + QLatin1String(".postData"), "mimeType", Type::String, problems);
        need(post, rq + QLatin1String(".postData"), "text", Type::String, problems);
    }

    const QJsonObject response = entry.value(QLatin1String("response")).toObject();
    const QString rs = path + QLatin1String(".response");
    need(response, rs, "status", Type::Number, problems);
    for (const char *key : {"statusText", "httpVersion", "redirectURL"})
        need(response, rs, key, Type::String, problems);
    need(response, rs, "cookies", Type::Array, problems);
    needNameValues(response, rs, "headers", problems);
    need(response, rs, "content", Type::Object, problems);
    const QJsonObject content = response.value(QLatin1String("content")).toObject();
    need(content, rs + QLatin1String(".content"), "size", Type::Number, problems);
    need(content, rs + QLatin1String(".content"), "mimeType", Type::String, problems);
    for (const char *key : {"headersSize", "bodySize"})
        need(response, rs, key, Type::Number, problems);

    const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();
    for (const char *key : {"send", "wait", "receive"})
        need(timings, path + QLatin1String(".timings"), key, Type::Number, problems);
}

} // namespace harcheck

// What in `json` breaks HAR 1.2's required fields (empty: none); `entries` gets the
// number of entries.
inline QStringList harProblems(const QByteArray &json, int *entries = nullptr)
{
    using namespace harcheck;
    QStringList problems;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {QStringLiteral("not a JSON object: ") + error.errorString()};
    need(document.object(), QStringLiteral("$"), "log", Type::Object, &problems);
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    need(log, QStringLiteral("log"), "version", Type::String, &problems);
    if (log.value(QLatin1String("version")).toString() != QLatin1String("1.2"))
        problems << QStringLiteral("log.version: not 1.2");
    need(log, QStringLiteral("log"), "creator", Type::Object, &problems);
    const QJsonObject creator = log.value(QLatin1String("creator")).toObject();
    need(creator, QStringLiteral("log.creator"), "name", Type::String, &problems);
    need(creator, QStringLiteral("log.creator"), "version", Type::String, &problems);
    need(log, QStringLiteral("log"), "entries", Type::Array, &problems);
    const QJsonArray list = log.value(QLatin1String("entries")).toArray();
    for (int i = 0; i < list.size(); ++i)
        checkEntry(list.at(i).toObject(), QStringLiteral("log.entries[%1]").arg(i), &problems);
    if (entries)
        *entries = int(list.size());
    return problems;
}

} // namespace seqring::test
