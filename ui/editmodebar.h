#pragma once

#include "app/client/apijob.h"
#include "models/criteria.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QMainWindow;
class QPushButton;

namespace seqring
{

class CriteriaModel;
class EditController;
class ResultPresenter;
class SendBar;
struct ApiResult;

// The banner over the criteria form in edit mode ("Editing criteria “…”" with Cancel
// editing, Esc), and the other parts of the window edit mode drives: the window title,
// the send bar's Save changes, the list of changes under the preview, the conflict dialog,
// the status bar message after a save and the error dialog's Create it again.
// objectName: editModeBar.
class EditModeBar : public QWidget
{
    Q_OBJECT
public:
    // `model` is the form's (its edits update the list of changes); `window` shows the
    // status messages. None is owned.
    EditModeBar(EditController *controller, CriteriaModel *model, SendBar *sendBar,
                QMainWindow *window);

    // The list of changes, shown under the request preview (the window places it).
    QLabel *changesLabel() const { return m_changes; }
    // Errors of a save go through the window's presenter.
    void setResultPresenter(ResultPresenter *presenter);
    // The window's title for the current mode, in the current language.
    QString windowTitleText() const;
    QString bannerText() const;
    // Reads what changed again (the window calls it on every edit of the form).
    void refresh();

Q_SIGNALS:
    void problem(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onModeChanged();
    void onConflict(const Criteria &mine, const std::optional<Criteria> &theirs);
    void onSaveFailed(const ApiResult &result, bool notFound);
    void track(ApiJob *job);

    EditController *m_controller;
    SendBar *m_sendBar;
    QPointer<ResultPresenter> m_presenter;
    QLabel *m_banner;
    QPushButton *m_cancel;
    QLabel *m_changes;
    bool m_offerCreate = false; // the next error dialog gets Create it again
};

} // namespace seqring
