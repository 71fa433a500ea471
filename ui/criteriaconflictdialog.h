#pragma once

#include "models/criteria.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace seqring
{

// "The criteria changed on the service": the form's version beside the service's, with
// Overwrite, Load theirs and Cancel; when the criteria was deleted, Create it again and
// Cancel. Deletes itself when closed; open() it. objectName: criteriaConflictDialog.
class CriteriaConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, Overwrite, LoadTheirs, CreateAgain };

    // `theirs` unset: the criteria was deleted on the service.
    CriteriaConflictDialog(const Criteria &mine, const std::optional<Criteria> &theirs,
                           QWidget *parent = nullptr);

    QString mineText() const;
    QString theirsText() const;

Q_SIGNALS:
    void chosen(seqring::CriteriaConflictDialog::Choice choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QPushButton *addChoice(const char *objectName, Choice choice);

    bool m_deleted;
    QLabel *m_message;
    QLabel *m_mineLabel;
    QLabel *m_theirsLabel;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_theirs;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_loadTheirs = nullptr;
    QPushButton *m_createAgain = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace seqring
