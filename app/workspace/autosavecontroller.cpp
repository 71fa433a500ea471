#include "app/workspace/autosavecontroller.h"

#include "app/workspace/editcontroller.h"
#include "app/workspace/targetmodel.h"
#include "models/criteriamodel.h"
#include "models/sequentialringsettingsmodel.h"

#include <QFile>

namespace seqring
{

namespace
{

// The editor's five slots as typed, empty ones included.
SequentialRingSettings ringState(const SequentialRingSettingsModel &ring)
{
    SequentialRingSettings state;
    state.enabled = ring.enabled();
    state.ringBaseLocationFirst = ring.ringBaseLocationFirst();
    state.baseLocationRings = ring.baseLocationRings();
    state.continueIfBaseLocationIsBusy = ring.continueIfBaseLocationIsBusy();
    state.callsToVoicemail = ring.callsToVoicemail();
    for (int slot = 0; slot < kMaxRingNumbers; ++slot)
        state.numbers.append({ring.number(slot), ring.rings(slot), ring.answerConfirmation(slot)});
    return state;
}

// What a state says, without the time it was saved.
QByteArray contentOf(AutosaveState state)
{
    state.savedAt = QDateTime();
    return AutosaveFile::toJson(state);
}

} // namespace

AutosaveController::AutosaveController(const QString &path, TargetModel *target,
                                       CriteriaModel *model, EditController *editor,
                                       QObject *parent)
    : QObject(parent), m_path(path), m_target(target), m_model(model), m_editor(editor)
{
    setObjectName(QStringLiteral("autosaveController"));
    m_timer.setObjectName(QStringLiteral("autosaveTimer"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveController::save);
    connect(m_model, &CriteriaModel::validationChanged, this, &AutosaveController::schedule);
    connect(m_editor, &EditController::modeChanged, this, &AutosaveController::schedule);
    connect(m_target, &TargetModel::environmentChanged, this, &AutosaveController::schedule);
    connect(m_target, &TargetModel::targetChanged, this, &AutosaveController::schedule);
    connect(m_target, &TargetModel::workspaceIdChanged, this, &AutosaveController::schedule);
}

AutosaveState AutosaveController::capture() const
{
    AutosaveState state;
    state.savedAt = QDateTime::currentDateTimeUtc();
    state.environment = TargetModel::environmentName(m_target->environment());
    if (m_target->environment() == TargetModel::Environment::Custom)
        state.customApiRoot = m_target->customApiRoot();
    state.form.workspaceId = m_target->workspaceId();
    state.form.orgId = m_target->orgId();
    state.form.criteria = m_model->typedCriteria();
    state.hasSchedule = m_model->hasSchedule();
    if (m_editor->isEditing()) {
        state.criteriaId = m_editor->criteriaId();
        state.loaded = m_editor->loaded();
    }
    if (m_ring)
        state.ring = ringState(*m_ring);
    return state;
}

void AutosaveController::setRingEditor(SequentialRingSettingsModel *ring)
{
    if (m_ring)
        disconnect(m_ring, nullptr, this, nullptr);
    m_ring = ring;
    if (m_ring) {
        connect(m_ring, &SequentialRingSettingsModel::changed, this, &AutosaveController::schedule);
        // Closed: the file no longer names it.
        connect(m_ring, &QObject::destroyed, this, &AutosaveController::schedule);
    }
    schedule();
}

void AutosaveController::restore(const AutosaveState &state)
{
    if (const auto environment = TargetModel::environmentFromName(state.environment)) {
        if (*environment == TargetModel::Environment::Custom)
            m_target->setCustomApiRoot(state.customApiRoot);
        m_target->setEnvironment(*environment);
    }
    m_target->setOrgId(state.form.orgId);
    m_target->setWorkspaceId(state.form.workspaceId); // another workspace ends edit mode
    if (state.isEditing())
        m_editor->resume(state.criteriaId, state.loaded);
    else if (m_editor->isEditing())
        m_editor->cancelEdit();
    m_model->setCriteria(state.form.criteria);
    m_model->setHasSchedule(state.hasSchedule);
    m_owned = true;
    schedule();
}

void AutosaveController::forget()
{
    if (!m_owned)
        QFile::remove(m_path);
    m_owned = true;
}

void AutosaveController::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        save();
    }
}

void AutosaveController::removeFile()
{
    m_timer.stop();
    if (m_owned)
        QFile::remove(m_path);
    m_lastWritten.clear();
}

void AutosaveController::schedule()
{
    m_timer.start(); // restarted by every change: a second after the last one
}

void AutosaveController::save()
{
    const AutosaveState state = capture();
    if (!state.holdsWork()) {
        if (m_owned && QFile::exists(m_path)) {
            QFile::remove(m_path);
            m_lastWritten.clear();
            Q_EMIT written();
        }
        return;
    }
    const QByteArray content = contentOf(state);
    if (m_owned && content == m_lastWritten && QFile::exists(m_path))
        return;
    const QString error = AutosaveFile::write(m_path, state);
    if (!error.isEmpty()) {
        Q_EMIT writeFailed(error);
        return;
    }
    m_owned = true;
    m_lastWritten = content;
    Q_EMIT written();
}

} // namespace seqring
