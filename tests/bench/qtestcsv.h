#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace seqring::bench
{

// The wall-clock results of a Qt Test benchmark run with -csv, in milliseconds, by the
// benchmark's name (without quotes). Lines look like:
// "edit","run 1","WalltimeMilliseconds",0.52,52,100 (or WalltimeNanoseconds).
inline QHash<QString, QList<double>> qtestWalltimesMs(const QString &output)
{
    QHash<QString, QList<double>> times;
    for (const QString &line : output.split(u'\n')) {
        const QStringList fields = line.split(u',');
        if (fields.size() < 4 || !fields.at(2).contains(QStringLiteral("Walltime")))
            continue;
        double value = fields.at(3).toDouble();
        if (fields.at(2).contains(QStringLiteral("Nanoseconds")))
            value /= 1e6;
        QString name = fields.at(0);
        name.remove(u'"');
        times[name].append(value);
    }
    return times;
}

} // namespace seqring::bench
