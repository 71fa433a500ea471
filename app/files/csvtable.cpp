#include "app/files/csvtable.h"

#include <QStringDecoder>
#include <csv.h>

namespace seqring
{

namespace
{

// What libcsv's callbacks fill in. `line` is the line being fed to the parser: a row ends
// on it, and begins as many lines earlier as its fields hold line feeds.
struct Collector {
    QList<QStringList> rows;
    QList<int> lines;
    QStringList current;
    int line = 1;
};

void onField(void *text, size_t length, void *data)
{
    auto *collector = static_cast<Collector *>(data);
    // Not QString::fromUtf8, which drops a BOM that begins a field.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    collector->current.append(
        decoder(QByteArrayView(static_cast<const char *>(text), qsizetype(length))));
}

void onRow(int, void *data)
{
    auto *collector = static_cast<Collector *>(data);
    const bool blank = collector->current.size() == 1 && collector->current.first().isEmpty();
    if (!collector->current.isEmpty() && !blank) {
        qsizetype feeds = 0;
        for (const QString &field : std::as_const(collector->current))
            feeds += field.count(QLatin1Char('\n'));
        collector->rows.append(collector->current);
        collector->lines.append(collector->line - int(feeds));
    }
    collector->current.clear();
}

} // namespace

bool CsvTable::parse(const QByteArray &data, QList<QStringList> *rows, QString *error,
                     QList<int> *lines)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        *error = tr("The CSV reader could not start.");
        return false;
    }
    Collector collector;
    // One line at a time, so that each row knows the line it ends on.
    size_t used = 0;
    bool ok = true;
    for (qsizetype start = 0; ok && start < bytes.size();) {
        const qsizetype feed = bytes.indexOf('\n', start);
        const qsizetype end = feed < 0 ? bytes.size() : feed + 1;
        const size_t length = size_t(end - start);
        const size_t taken =
            csv_parse(&parser, bytes.constData() + start, length, onField, onRow, &collector);
        used += taken;
        ok = taken == length;
        start = end;
        if (feed >= 0)
            ++collector.line;
    }
    if (ok)
        ok = csv_fini(&parser, onField, onRow, &collector) == 0;
    if (!ok) {
        const qsizetype line = bytes.left(qsizetype(used)).count('\n') + 1;
        *error = tr("The file is not valid CSV near line %1: %2.")
                     .arg(line)
                     .arg(QString::fromUtf8(csv_strerror(csv_error(&parser))));
    }
    csv_free(&parser);
    if (ok) {
        *rows = collector.rows;
        if (lines)
            *lines = collector.lines;
    }
    return ok;
}

QByteArray CsvTable::field(const QString &text)
{
    const QByteArray raw = text.toUtf8();
    // A field that begins with U+FEFF is quoted: first in a file, it would read as its BOM.
    const bool plain = !raw.contains(',') && !raw.contains('"') && !raw.contains('\n') &&
                       !raw.contains('\r') && raw.trimmed() == raw &&
                       !text.startsWith(QChar(0xFEFF));
    if (plain)
        return raw;
    QByteArray quoted(raw.size() * 2 + 2, Qt::Uninitialized);
    const size_t length =
        csv_write(quoted.data(), size_t(quoted.size()), raw.constData(), size_t(raw.size()));
    quoted.truncate(qsizetype(length));
    return quoted;
}

QByteArray CsvTable::row(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(field(fields.at(i)));
    }
    line.append("\r\n");
    return line;
}

} // namespace seqring
