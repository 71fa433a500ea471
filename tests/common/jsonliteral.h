#pragma once

// A JSON object written in a test as text; a typo in it stops the test program at once
// (a test that silently read {} could pass for the wrong reason).
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace seqring::test
{

inline QJsonObject jsonObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json);
    return doc.object();
}

} // namespace seqring::test
