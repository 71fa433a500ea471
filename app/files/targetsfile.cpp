#include "app/files/targetsfile.h"

#include "app/files/csvtable.h"
#include "models/webexid.h"

#include <QFile>
#include <QSet>

namespace seqring
{

namespace
{

// Keeps the first mention of each ID and of each name.
void append(QList<BulkTarget> *targets, QSet<QString> *seen, BulkTarget target)
{
    const QString key = target.workspaceId.isEmpty()
                            ? QLatin1String("name:") + target.displayName
                            : QLatin1String("id:") + WebexId::key(target.workspaceId);
    if (seen->contains(key))
        return;
    seen->insert(key);
    targets->append(std::move(target));
}

} // namespace

bool TargetsFile::looksLikeId(const QString &text)
{
    if (text.size() < 20 || text.contains(QLatin1Char(' ')))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        return decoded.decoded.startsWith("ciscospark://");
    const auto plain = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    return plain && plain.decoded.startsWith("ciscospark://");
}

bool TargetsFile::read(const QString &path, QList<BulkTarget> *targets, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the workspaces file %1: %2.").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("The workspaces file %1 is larger than %2 MiB.")
                     .arg(path)
                     .arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    if (!parse(file.readAll(), targets, error)) {
        *error = tr("Workspaces file %1: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool TargetsFile::parse(const QByteArray &data, QList<BulkTarget> *targets, QString *error)
{
    targets->clear();
    const QByteArray firstLine = data.left(data.indexOf('\n'));
    const bool csvHeader = firstLine.contains("workspaceId") || firstLine.contains("displayName");
    QList<QStringList> rows;
    QList<int> rowLines;
    if (csvHeader && !CsvTable::parse(data, &rows, error, &rowLines))
        return false;
    const QStringList header = rows.isEmpty() ? QStringList() : rows.first();
    const qsizetype idColumn = header.indexOf(QLatin1String("workspaceId"));
    const qsizetype nameColumn = header.indexOf(QLatin1String("displayName"));
    QSet<QString> seen;
    if (idColumn >= 0 || nameColumn >= 0) {
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            BulkTarget target;
            target.line = rowLines.at(r);
            target.workspaceId = idColumn >= 0 ? row.value(idColumn).trimmed() : QString();
            target.displayName = nameColumn >= 0 ? row.value(nameColumn).trimmed() : QString();
            if (target.workspaceId.isEmpty() && target.displayName.isEmpty())
                continue;
            append(targets, &seen, target);
        }
    } else {
        // Not a CSV with a known column: each line is one ID or one exact name, commas and
        // quotes included.
        QByteArray bytes = data;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString text = QString::fromUtf8(lines.at(i)).trimmed(); // drops the CR too
            if (text.isEmpty())
                continue;
            BulkTarget target;
            target.line = int(i + 1);
            if (looksLikeId(text))
                target.workspaceId = text;
            else
                target.displayName = text;
            append(targets, &seen, target);
        }
    }
    if (targets->isEmpty()) {
        *error = tr("It names no workspace: give one workspace ID or display name per line, or "
                    "a CSV with a workspaceId or displayName column.");
        return false;
    }
    return true;
}

} // namespace seqring
