#pragma once

#include "app/client/apijob.h"
#include "app/client/apiresult.h"
#include "app/client/httprequest.h"
#include "models/criteria.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace seqring
{

class ApiClient;
class CriteriaModel;
class TargetModel;
class WorkspaceContext;

// Edit mode of the criteria form: loads a criteria from the service into the CriteriaModel,
// remembers what was loaded (its numbers normalised), builds the PUT the preview shows,
// reads the criteria again before saving to see whether someone changed or deleted it, and
// sends. It opens no dialog: it emits what happened, and ui/ presents it.
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(ApiClient *client, TargetModel *target, CriteriaModel *model,
                   WorkspaceContext *context, QObject *parent = nullptr);

    bool isEditing() const { return !m_id.isEmpty(); }
    QString criteriaId() const { return m_id; }
    // What was loaded (or last saved); the form's changes are measured against it.
    Criteria loaded() const { return m_loaded; }
    // The loaded criteria's schedule name, or "All hours, all days".
    QString title() const;
    // One line per changed field (CriteriaDiff::lines); empty in create mode.
    QStringList changes() const;
    // In edit mode, why Save changes is disabled (nothing changed, or the schedule turned
    // off, which a PUT cannot do); else empty.
    QString blockedReason() const;
    // Create mode: the POST of the form's criteria; edit mode: the PUT of its criteria.
    HttpRequestSpec request(const RequestContext &context, const QString &trackingId) const;
    bool isBusy() const { return m_job || m_sending; }

public Q_SLOTS:
    // Reads the criteria (GET …/criteria/{id}) and loads it into the form in edit mode.
    void startEdit(const QString &criteriaId);
    // Edit mode again for a criteria loaded earlier (a restored autosave), reading nothing:
    // `loaded` is what was read then, so Save changes still checks the service against it.
    // The form is left as it is.
    void resume(const QString &criteriaId, const seqring::Criteria &loaded);
    // Back to create mode with an empty form, nothing sent.
    void cancelEdit();
    // Reads the criteria again; when it is as loaded, sends `put` (what the preview shows),
    // else emits conflict(). With a blockedReason() it sends nothing and emits saveRefused().
    void save(const seqring::HttpRequestSpec &put);
    // The answers to conflict() and to a 404 on the PUT.
    void overwrite();
    void loadTheirs();
    void createAgain();

Q_SIGNALS:
    // Edit mode was entered or left, or what was loaded changed.
    void modeChanged();
    void loadFailed(const QString &message, const seqring::ApiResult &result);
    // The criteria on the service is not what was loaded; `theirs` unset: it was deleted.
    void conflict(const seqring::Criteria &mine, const std::optional<seqring::Criteria> &theirs);
    // A PUT or POST is on its way (the send bar shows it).
    void sendStarted(seqring::ApiJob *job);
    void saved(const QString &criteriaId, const QString &message);
    // The PUT, the POST or the read before them failed; `notFound`: the PUT met a 404.
    void saveFailed(const seqring::ApiResult &result, bool notFound);
    // save() sent nothing: `reason` is the blockedReason() that stopped it.
    void saveRefused(const QString &reason);

private:
    void enter(const QString &criteriaId, const Criteria &criteria);
    void send(ApiJob *job, bool created);
    ApiJob *start(const HttpRequestSpec &spec);

    ApiClient *m_client;
    TargetModel *m_target;
    CriteriaModel *m_model;
    WorkspaceContext *m_context;
    QString m_id;
    Criteria m_loaded;
    std::optional<Criteria> m_theirs; // the service's version met by the last check
    HttpRequestSpec m_pending;        // the PUT waiting for the check
    QPointer<ApiJob> m_job;           // the read in flight
    QPointer<ApiJob> m_sending;       // the PUT or POST in flight
};

} // namespace seqring
