#pragma once

#include "app/client/apiresult.h"

#include <QDialog>
#include <QObject>

class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

// Tells the administrator a request succeeded: the status meaning and the new criteria ID,
// selectable, with Copy ID. Deletes itself when closed; never blocks (open() or show()).
class SuccessDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SuccessDialog(const seqring::ApiResult &result, QWidget *parent = nullptr);

    QString idText() const;
    QString statusText() const;

public Q_SLOTS:
    void copyId();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets every text the dialog owns in the current language; Webex's own words stay.
    void retranslate();

    ApiResult m_result;
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_copyId = nullptr;
};

// Shows the outcome of a request without blocking anyone: the window calls it, tests
// replace it (override the virtuals) or listen to dialogShown().
class ResultPresenter : public QObject
{
    Q_OBJECT
public:
    explicit ResultPresenter(QObject *parent = nullptr);

    // Default: a SuccessDialog / ErrorDialog, window-modal to `parent`, shown with open().
    virtual void showSuccess(QWidget *parent, const seqring::ApiResult &result);
    virtual void showError(QWidget *parent, const seqring::ApiResult &result);
    // showSuccess() when result.ok, else showError().
    void showResult(QWidget *parent, const seqring::ApiResult &result);

Q_SIGNALS:
    // Emitted right after a dialog was opened (it deletes itself when closed).
    void dialogShown(QDialog *dialog);
};

} // namespace seqring
