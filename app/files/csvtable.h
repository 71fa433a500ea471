#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqring
{

// Reads and writes CSV (RFC 4180: quotes, commas and line breaks in fields, CRLF) with libcsv.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
public:
    // The rows of `data` (UTF-8, a leading BOM skipped). Empty lines are skipped. On a
    // malformed file, returns false with a sentence in `error`. `lines`, when given, gets
    // the line (1-based, counted by LF) on which each row begins.
    static bool parse(const QByteArray &data, QList<QStringList> *rows, QString *error,
                      QList<int> *lines = nullptr);
    // One line, fields quoted only when they need it, ended by CRLF.
    static QByteArray row(const QStringList &fields);
    // One field as CSV writes it: quoted (libcsv) when it holds a comma, a quote, a line
    // break or spaces at either end, or begins with U+FEFF, else as it is.
    static QByteArray field(const QString &text);
};

} // namespace seqring
