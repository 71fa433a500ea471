#pragma once

#include "models/criteria.h"
#include "models/workspacestate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;
class QSaveFile;

namespace seqring
{

// What the state file says about itself and the export, before its workspaces.
struct StateHeader {
    QDateTime exportedAt; // UTC
    QString apiRoot;
    QString orgId;           // empty: written as null (the token's own organisation)
    QJsonObject unknownKeys; // top-level keys this version does not know, written back

    friend bool operator==(const StateHeader &a, const StateHeader &b)
    {
        return a.exportedAt == b.exportedAt && a.apiRoot == b.apiRoot && a.orgId == b.orgId &&
               a.unknownKeys == b.unknownKeys;
    }
};

// A whole state file as read.
struct StateDocument {
    StateHeader header;
    QList<WorkspaceState> workspaces;
};

// The state file: versioned JSON of every workspace's sequential ring settings and criteria
// (the export, the file a sync makes the workspaces equal to, a template). This header is
// the format's one owner: StateFileReader and StateFileWriter below, the summary CSV beside.
class StateFile
{
    Q_DECLARE_TR_FUNCTIONS(StateFile)
public:
    static constexpr int kVersion = 1;
    static QString formatName(); // "seqring-admin/state"

    // The summary CSV: its header line, and one line per workspace (CRLF, as CsvTable
    // writes). Columns a workspace without the Professional license has no value for, and
    // externalNumbers when the organisation's numbers were not read, are empty.
    static QByteArray summaryHeader();
    static QByteArray summaryRow(const WorkspaceSummary &summary);
};

// Reads a state file whole and checks everything before a request could be sent: the
// format name, the version (a newer one is refused), the type of every key, numbers in
// E.164 (national numbers in `defaultRegion`, normalised as read), rings as whole numbers
// from 2 to 20, at most five ring numbers, and each criteria's combination rules
// (CriteriaValidator). Unknown keys are kept. An error is one sentence naming the
// workspace (its display name, else its place in the list), the key and the value.
class StateFileReader
{
    Q_DECLARE_TR_FUNCTIONS(StateFileReader)
public:
    static Parsed<StateDocument> fromJson(const QByteArray &json,
                                          const QString &defaultRegion = QStringLiteral("US"));
    // The file at `path`; an error also names the file.
    static Parsed<StateDocument> read(const QString &path,
                                      const QString &defaultRegion = QStringLiteral("US"));
};

// Writes a state file as it goes: the header first, then each workspace's JSON straight to
// the device as it is appended, so memory does not grow with the number of workspaces.
// With a path, the file is a QSaveFile: it appears, whole, only at commit(); cancel(), a
// failure or destroying the writer before commit() leaves no file (nor changes an old one).
// Keys are written in a fixed order, unknown ones after the known; what the reader accepts
// and this writes again is the same bytes. A professional workspace is written with its
// settings (defaults when unset), one without the license with neither settings nor criteria.
class StateFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(StateFileWriter)
public:
    explicit StateFileWriter(const QString &path);
    // Writes to `device`, which must be open for writing and outlive the writer; commit()
    // ends the document but does not close the device.
    explicit StateFileWriter(QIODevice *device);
    ~StateFileWriter();
    StateFileWriter(const StateFileWriter &) = delete;
    StateFileWriter &operator=(const StateFileWriter &) = delete;

    // Each returns false after any failure, with errorString() naming the file and why.
    bool begin(const StateHeader &header);
    bool append(const WorkspaceState &workspace);
    bool commit();
    void cancel();
    QString errorString() const { return m_error; }

    // A whole document in memory (for tests, the fuzzer and small files).
    static QByteArray toJson(const StateDocument &document);

private:
    bool put(const QByteArray &bytes);

    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    QString m_shown; // the file's name in messages
    QString m_error;
    int m_written = 0;
    enum class Stage { Created, Begun, Done } m_stage = Stage::Created;
};

} // namespace seqring
