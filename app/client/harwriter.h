#pragma once

#include "app/client/requestlog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace seqring
{

// Writes the session log as HAR 1.2 (the HTTP Archive format browsers' developer tools
// and HAR viewers open): every field the format requires, values already redacted.
class HarWriter
{
    Q_DECLARE_TR_FUNCTIONS(HarWriter)
public:
    static QJsonDocument toHar(const RequestLog &log);
    // One exchange as a HAR entry.
    static QJsonObject entryOf(const RequestLogEntry &entry);
    // The "log" object of a HAR with `entries`.
    static QJsonObject logOf(const QJsonArray &entries);
    // Writes atomically (QSaveFile); empty on success, else a sentence naming the file.
    static QString write(const QString &path, const RequestLog &log);
    // The sentence of a HAR file that could not be written: its path and why.
    static QString writeFailure(const QString &path, const QString &why);
};

} // namespace seqring
