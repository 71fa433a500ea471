#pragma once

#include "app/client/requestlog.h"

#include <QSaveFile>
#include <QString>

namespace seqring
{

// A HAR 1.2 file written while a run goes (--har FILE): the exchanges the request log lets
// go beyond its capacity are written as they go, those it still keeps at finish(), so a run
// of any length is whole in the file while memory stays bounded. Every value is redacted
// (the request log's entries); the file appears only at finish() (QSaveFile).
class HarFile
{
public:
    explicit HarFile(const QString &path) : m_file(path) {}

    // Opens the file and takes what `log` drops from now on; false with a sentence naming
    // the file when it cannot be written.
    bool start(RequestLog *log, QString *error);
    // Writes what `log` still keeps and commits the file; the sentence naming the file when
    // it could not be written, else empty. `log` no longer hands this what it drops.
    QString finish(RequestLog *log);

private:
    void append(const RequestLogEntry &entry);
    QString failure() const;

    QSaveFile m_file;
    QByteArray m_tail;   // what closes the entries array and the document
    bool m_first = true; // no entry written yet
};

} // namespace seqring
