#include "ui/draftactions.h"

#include "app/files/draftfile.h"
#include "app/workspace/targetmodel.h"
#include "models/criteriamodel.h"
#include "ui/filechooser.h"

#include <QAction>
#include <QFileDialog>
#include <QWidget>

namespace seqring
{

DraftActions::DraftActions(CriteriaModel *model, TargetModel *target, QWidget *window)
    : QObject(window), m_model(model), m_target(target), m_window(window),
      m_open(new QAction(this)), m_save(new QAction(this)), m_saveAs(new QAction(this))
{
    setObjectName(QStringLiteral("draftActions"));
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_open, &QAction::triggered, this, [this] {
        if (m_check)
            m_check([this] { chooseToOpen(); });
        else
            chooseToOpen();
    });
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_path.isEmpty())
            chooseToSave();
        else
            saveDraft(m_path);
    });
    connect(m_saveAs, &QAction::triggered, this, &DraftActions::chooseToSave);
    retranslate();
}

void DraftActions::retranslate()
{
    m_open->setText(tr("&Open draft…"));
    m_save->setText(tr("&Save draft…"));
    m_saveAs->setText(tr("Save draft &as…"));
}

bool DraftActions::openDraft(const QString &path)
{
    const Parsed<Draft> draft = DraftFile::read(path);
    if (!draft.ok()) {
        Q_EMIT problem(tr("Open draft"),
                       draft.error + QLatin1Char('\n') + tr("The form was left as it was."));
        return false;
    }
    m_target->setWorkspaceId(draft.value->workspaceId);
    m_target->setOrgId(draft.value->orgId);
    m_model->setCriteria(draft.value->criteria);
    m_path = path;
    Q_EMIT statusMessage(tr("Opened %1").arg(path));
    return true;
}

bool DraftActions::saveDraft(const QString &path)
{
    Draft draft;
    draft.criteria = m_model->criteria();
    draft.criteria.phoneNumbers = m_model->phoneNumbers()->typed(); // keep the admin's spelling
    draft.workspaceId = m_target->workspaceId();
    draft.orgId = m_target->orgId();
    const QString error = DraftFile::write(path, draft);
    if (!error.isEmpty()) {
        Q_EMIT problem(tr("Save draft"), error);
        return false;
    }
    m_path = path;
    Q_EMIT statusMessage(tr("Saved %1").arg(path));
    Q_EMIT saved(path);
    return true;
}

void DraftActions::chooseToOpen()
{
    QFileDialog *dialog = FileChooser::toOpen(m_window, tr("Open draft"), tr("Drafts (*.json)"),
                                              QStringLiteral("openDraftDialog"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { openDraft(path); });
    dialog->open();
}

void DraftActions::chooseToSave()
{
    QFileDialog *dialog =
        FileChooser::toSave(m_window, tr("Save draft"), m_path, tr("Drafts (*.json)"),
                            QStringLiteral("json"), QStringLiteral("saveDraftDialog"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { saveDraft(path); });
    dialog->open();
}

} // namespace seqring
