// libFuzzer target: a bulk run's workspaces file (TargetsFile::parse, one ID or name a line,
// or a CSV through CsvTable). What it accepts names each workspace once, on a real line;
// the rows CsvTable reads come back the same after CsvTable::row writes them.
#include "app/files/csvtable.h"
#include "app/files/targetsfile.h"
#include "tests/fuzz/fuzzinput.h"

#include <QSet>

using namespace seqring;

namespace
{

void checkTargets(const QByteArray &data)
{
    QList<BulkTarget> targets;
    QString error;
    const bool ok = TargetsFile::parse(data, &targets, &error);
    fuzz::require(ok == !targets.isEmpty(), "accepted exactly when it names a workspace");
    fuzz::require(ok || !error.isEmpty(), "a refusal says why");
    const qsizetype lines = data.count('\n') + 1;
    QSet<QString> keys;
    for (const BulkTarget &target : targets) {
        fuzz::require(!target.workspaceId.isEmpty() || !target.displayName.isEmpty(),
                      "a target has an ID or a name");
        fuzz::require(target.line >= 1 && target.line <= lines, "a target's line is in the file");
        const QString key = target.workspaceId.isEmpty() ? QLatin1String("n:") + target.displayName
                                                         : QLatin1String("i:") + target.workspaceId;
        fuzz::require(!keys.contains(key), "a target is named once");
        keys.insert(key);
    }
}

void checkCsvRoundTrip(const QByteArray &data)
{
    QList<QStringList> rows;
    QString error;
    if (!CsvTable::parse(data, &rows, &error))
        return;
    QByteArray written;
    for (const QStringList &row : rows)
        written.append(CsvTable::row(row));
    QList<QStringList> again;
    fuzz::require(CsvTable::parse(written, &again, &error), "what CsvTable writes, it reads");
    fuzz::require(again == rows, "rows survive a write and a read");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    checkTargets(bytes);
    checkCsvRoundTrip(bytes);
    return 0;
}
