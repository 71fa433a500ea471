#pragma once

// Files with exact bytes for the tests of readers: what a crash, another program or a
// newer version could leave behind.
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace seqring::test
{

// Writes `bytes` to `path` (its folder made first); false if that failed.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) &&
           file.write(bytes) == bytes.size();
}

// The whole file, or an empty array.
inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace seqring::test
