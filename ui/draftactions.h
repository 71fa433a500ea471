#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QAction;
class QWidget;

namespace seqring
{

class CriteriaModel;
class TargetModel;

// File > Open draft, Save draft and Save draft as: drafts (the criteria with its workspace
// and organisation) read from and written to JSON files through the file dialogs. A draft
// that cannot be read leaves the form as it was. objectName: draftActions.
class DraftActions : public QObject
{
    Q_OBJECT
public:
    DraftActions(CriteriaModel *model, TargetModel *target, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    void retranslate();

    // false, with problem() naming what went wrong, and nothing changed.
    bool openDraft(const QString &path);
    bool saveDraft(const QString &path);
    // The file last opened or saved; empty before.
    QString path() const { return m_path; }
    // Open draft… asks this first (the unsaved-changes guard) before it shows the file dialog.
    void setUnsavedCheck(const std::function<void(const std::function<void()> &)> &check)
    {
        m_check = check;
    }

Q_SIGNALS:
    void problem(const QString &title, const QString &text);
    void statusMessage(const QString &text);
    void saved(const QString &path);

private:
    void chooseToOpen();
    void chooseToSave();

    CriteriaModel *m_model;
    TargetModel *m_target;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QString m_path;
    std::function<void(const std::function<void()> &)> m_check;
};

} // namespace seqring
