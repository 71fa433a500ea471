#include "app/files/statefile.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace seqring
{

namespace
{

// One JSON value, compact, escaped by QJsonDocument.
QByteArray encode(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

using Members = QList<QPair<QString, QByteArray>>; // key and its encoded value, in order

void addUnknown(Members *members, const QJsonObject &unknown)
{
    for (auto it = unknown.begin(); it != unknown.end(); ++it)
        members->append({it.key(), encode(it.value())});
}

// {"a": 1, "b": 2} on one line.
QByteArray line(const Members &members)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < members.size(); ++i)
        out += (i ? ", " : "") + encode(members.at(i).first) + ": " + members.at(i).second;
    return out + "}";
}

// An object over several lines, its members indented by `indent` + 4 spaces.
QByteArray block(const Members &members, int indent)
{
    const QByteArray inner(indent + 4, ' ');
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < members.size(); ++i)
        out += inner + encode(members.at(i).first) + ": " + members.at(i).second +
               (i + 1 < members.size() ? ",\n" : "\n");
    return out + QByteArray(indent, ' ') + "}";
}

// A list of one-line objects, one per line.
QByteArray list(const QList<QByteArray> &lines, int indent)
{
    if (lines.isEmpty())
        return "[]";
    const QByteArray inner(indent + 4, ' ');
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += inner + lines.at(i) + (i + 1 < lines.size() ? ",\n" : "\n");
    return out + QByteArray(indent, ' ') + "]";
}

QByteArray criteriaLine(const StoredCriteria &stored)
{
    Members members;
    if (!stored.id.isEmpty())
        members.append({QStringLiteral("id"), encode(stored.id)});
    // The keys CriteriaJson sends, in its documented order: it alone decides which.
    const QJsonObject sent =
        QJsonDocument::fromJson(CriteriaJson::toJson(stored.criteria, CriteriaJson::Keep::Sent))
            .object();
    for (const QString &key : CriteriaJson::keys()) {
        if (sent.contains(key))
            members.append({key, encode(sent.value(key))});
    }
    addUnknown(&members, stored.unknownKeys);
    return line(members);
}

QByteArray settingsBlock(const SequentialRingSettings &settings, const QJsonObject &unknown)
{
    QList<QByteArray> numbers;
    for (const RingNumber &number : settings.numbers)
        numbers.append(line({{QStringLiteral("phoneNumber"), encode(number.phoneNumber)},
                             {QStringLiteral("answerConfirmationRequiredEnabled"),
                              encode(number.answerConfirmation)},
                             {QStringLiteral("numberOfRings"), encode(number.rings)}}));
    Members members{
        {QStringLiteral("enabled"), encode(settings.enabled)},
        {QStringLiteral("ringBaseLocationFirstEnabled"), encode(settings.ringBaseLocationFirst)},
        {QStringLiteral("baseLocationNumberOfRings"), encode(settings.baseLocationRings)},
        {QStringLiteral("continueIfBaseLocationIsBusyEnabled"),
         encode(settings.continueIfBaseLocationIsBusy)},
        {QStringLiteral("callsToVoicemailEnabled"), encode(settings.callsToVoicemail)},
        {QStringLiteral("phoneNumbers"), list(numbers, 16)}};
    addUnknown(&members, unknown);
    return block(members, 12);
}

QByteArray workspaceBlock(const WorkspaceState &workspace)
{
    Members members{{QStringLiteral("id"), encode(workspace.id)},
                    {QStringLiteral("displayName"), encode(workspace.displayName)},
                    {QStringLiteral("locationId"), encode(workspace.locationId)},
                    {QStringLiteral("locationName"), encode(workspace.locationName)},
                    {QStringLiteral("professional"), encode(workspace.professional)}};
    if (workspace.professional) {
        members.append({QStringLiteral("sequentialRing"),
                        settingsBlock(workspace.settings.value_or(SequentialRingSettings()),
                                      workspace.settingsUnknownKeys)});
        QList<QByteArray> criteria;
        for (const StoredCriteria &stored : workspace.criteria)
            criteria.append(criteriaLine(stored));
        members.append({QStringLiteral("criteria"), list(criteria, 12)});
    }
    addUnknown(&members, workspace.unknownKeys);
    return QByteArray(8, ' ') + block(members, 8);
}

// The exported time to the second, or to the millisecond when it has them.
QString timeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

StateFileWriter::StateFileWriter(const QString &path)
    : m_file(std::make_unique<QSaveFile>(path)), m_device(m_file.get()),
      m_shown(QDir::toNativeSeparators(path))
{
}

StateFileWriter::StateFileWriter(QIODevice *device) : m_device(device) {}

StateFileWriter::~StateFileWriter()
{
    if (m_stage != Stage::Done)
        cancel();
}

bool StateFileWriter::put(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_error =
        tr("Could not write the state file \"%1\": %2.").arg(m_shown, m_device->errorString());
    cancel();
    return false;
}

bool StateFileWriter::begin(const StateHeader &header)
{
    if (m_stage != Stage::Created)
        return false;
    m_stage = Stage::Begun;
    if (m_file && !m_file->open(QIODevice::WriteOnly)) {
        m_error =
            tr("Could not write the state file \"%1\": %2.").arg(m_shown, m_file->errorString());
        return false;
    }
    Members members{{QStringLiteral("format"), encode(StateFile::formatName())},
                    {QStringLiteral("version"), encode(StateFile::kVersion)},
                    {QStringLiteral("exportedAt"), encode(timeText(header.exportedAt))},
                    {QStringLiteral("apiRoot"), encode(header.apiRoot)},
                    {QStringLiteral("orgId"),
                     header.orgId.isEmpty() ? QByteArray("null") : encode(header.orgId)}};
    addUnknown(&members, header.unknownKeys);
    QByteArray out = block(members, 0);
    out.chop(2); // "\n}": the list of workspaces comes last, written as it goes
    return put(out + ",\n    \"workspaces\": [");
}

bool StateFileWriter::append(const WorkspaceState &workspace)
{
    if (m_stage != Stage::Begun)
        return false;
    return put((m_written++ ? ",\n" : "\n") + workspaceBlock(workspace));
}

bool StateFileWriter::commit()
{
    if (m_stage != Stage::Begun || !put(m_written ? "\n    ]\n}\n" : "]\n}\n"))
        return false;
    m_stage = Stage::Done;
    if (m_file && !m_file->commit()) {
        m_error =
            tr("Could not write the state file \"%1\": %2.").arg(m_shown, m_file->errorString());
        return false;
    }
    return true;
}

void StateFileWriter::cancel()
{
    if (m_file && m_file->isOpen())
        m_file->cancelWriting(); // QSaveFile then removes its temporary file when closed
    if (m_file) {
        m_file.reset();
        m_device = nullptr;
    }
    m_stage = Stage::Done;
}

QByteArray StateFileWriter::toJson(const StateDocument &document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    StateFileWriter writer(&buffer);
    writer.begin(document.header);
    for (const WorkspaceState &workspace : document.workspaces)
        writer.append(workspace);
    writer.commit();
    return buffer.data();
}

} // namespace seqring
