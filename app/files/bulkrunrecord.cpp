#include "app/files/bulkrunrecord.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace seqring
{

QJsonObject BulkRunRecord::toJson() const
{
    QJsonArray list;
    for (const BulkTarget &target : targets)
        list.append(QJsonObject{{QLatin1String("workspaceId"), target.workspaceId},
                                {QLatin1String("displayName"), target.displayName}});
    return {{QLatin1String("event"), QLatin1String("run")},
            {QLatin1String("criteria"),
             QJsonDocument::fromJson(CriteriaJson::toJson(criteria)).object()},
            {QLatin1String("apiRoot"), apiRoot},
            {QLatin1String("orgId"), orgId},
            {QLatin1String("concurrency"), options.concurrency},
            {QLatin1String("createOnDuplicate"), options.createOnDuplicate},
            {QLatin1String("targets"), list}};
}

QJsonObject BulkRunRecord::marker(const QString &event)
{
    return {{QLatin1String("event"), event}};
}

bool BulkRunRecord::read(const QString &path, BulkRunRecord *record, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2.").arg(path, file.errorString());
        return false;
    }
    bool found = false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString event = object.value(QLatin1String("event")).toString();
        if (event == QLatin1String("end")) {
            record->ended = true;
        } else if (event == QLatin1String("retry") || event == QLatin1String("resume")) {
            record->ended = false;
        } else if (event == QLatin1String("run") && !found) {
            const Parsed<Criteria> criteria =
                CriteriaJson::fromJsonObject(object.value(QLatin1String("criteria")).toObject());
            if (!criteria.ok()) {
                *error = tr("The journal %1 holds a criteria that cannot be read: %2")
                             .arg(path, criteria.error);
                return false;
            }
            found = true;
            record->ended = false;
            record->criteria = *criteria.value;
            record->apiRoot = object.value(QLatin1String("apiRoot")).toString();
            record->orgId = object.value(QLatin1String("orgId")).toString();
            record->options.concurrency =
                object.value(QLatin1String("concurrency")).toInt(BulkOptions::kDefaultConcurrency);
            record->options.createOnDuplicate =
                object.value(QLatin1String("createOnDuplicate")).toBool();
            record->targets.clear();
            for (const QJsonValue &target : object.value(QLatin1String("targets")).toArray())
                record->targets.append({target[QLatin1String("workspaceId")].toString(),
                                        target[QLatin1String("displayName")].toString(), 0});
        }
    }
    if (!found) {
        *error =
            tr("The journal %1 does not say which run it records (no \"run\" record).").arg(path);
        return false;
    }
    return true;
}

bool BulkRunRecord::report(const QString &path, QList<BulkOutcome> *outcomes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the journal %1: %2.").arg(path, file.errorString());
        return false;
    }
    outcomes->clear();
    QHash<QString, qsizetype> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString id = object.value(QLatin1String("workspaceId")).toString();
        if (id.isEmpty())
            continue;
        if (!rows.contains(id)) {
            rows.insert(id, outcomes->size());
            BulkOutcome outcome;
            outcome.workspaceId = id;
            outcome.message = tr("A create was sent and its answer is not recorded (in flight).");
            outcomes->append(outcome);
        }
        BulkOutcome &outcome = (*outcomes)[rows.value(id)];
        outcome.displayName = object.value(QLatin1String("displayName")).toString();
        const QString event = object.value(QLatin1String("event")).toString();
        if (event == QLatin1String("answer")) {
            outcome.httpStatus = object.value(QLatin1String("httpStatus")).toInt();
            outcome.trackingId = object.value(QLatin1String("trackingId")).toString();
        } else if (event == QLatin1String("result")) {
            const QString result = object.value(QLatin1String("result")).toString();
            outcome.result = result == QLatin1String("created")   ? BulkOutcome::Result::Created
                             : result == QLatin1String("skipped") ? BulkOutcome::Result::Skipped
                                                                  : BulkOutcome::Result::Failed;
            outcome.criteriaId = object.value(QLatin1String("criteriaId")).toString();
            outcome.message = object.value(QLatin1String("message")).toString();
        }
    }
    return true;
}

} // namespace seqring
