#pragma once

#include "app/files/autosavefile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace seqring
{

class CriteriaModel;
class EditController;
class SequentialRingSettingsModel;
class TargetModel;

// Keeps the window's unconfirmed work in the autosave file: about a second after the last
// change of the target, the criteria form, edit mode or the open ring settings editor (a
// single-shot timer restarted by each change), it writes the state (AutosaveFile), or
// removes the file once the form is empty again. It never touches an autosave it did not
// write until told to (restore() or forget()), so an autosave not yet answered survives.
// objectName: autosaveController; its timer: autosaveTimer.
class AutosaveController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDelayMs = 1000;

    // None is owned; `path` is the file (AutosaveFile::defaultPath() in the app).
    AutosaveController(const QString &path, TargetModel *target, CriteriaModel *model,
                       EditController *editor, QObject *parent = nullptr);

    QString path() const { return m_path; }
    // The state now, as it would be written (savedAt: now).
    AutosaveState capture() const;
    // The ring settings editor's model while it is open; null when it closed.
    void setRingEditor(SequentialRingSettingsModel *ring);
    // Puts a saved state back: the target, then edit mode (or create mode), then the form.
    // The ring settings editor is the window's to open. From then on the file is this
    // session's.
    void restore(const AutosaveState &state);
    // The autosave found at start is not wanted: removed, unless this session has written
    // over it already.
    void forget();
    // Writes now when a write is waiting (the app ends without a clean quit).
    void flush();
    // A clean quit: the work was saved or discarded; the autosave this session wrote goes.
    void removeFile();
    QTimer *timer() { return &m_timer; }

Q_SIGNALS:
    // The file was written (or removed because the form was empty).
    void written();
    void writeFailed(const QString &message);

private:
    void schedule();
    void save();

    QString m_path;
    TargetModel *m_target;
    CriteriaModel *m_model;
    EditController *m_editor;
    QPointer<SequentialRingSettingsModel> m_ring;
    QTimer m_timer;
    bool m_owned = false;     // the file on disk, if any, is this session's
    QByteArray m_lastWritten; // the last state written, savedAt left out
};

} // namespace seqring
