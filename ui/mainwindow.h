#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;

namespace seqring
{

class ApiClient;
class AppSettings;
class BulkActions;
class CriteriaForm;
class CriteriaModel;
class DraftActions;
class MatchActions;
class OverviewActions;
class RequestPreview;
class ResultPresenter;
class SendBar;
class SignInActions;
class SignInController;
class TargetModel;
class TargetPanel;
class ValidationList;
class WorkspaceBinder;
class WorkspaceDialogs;
struct ApiResult;

// The admin window: target, criteria form, problems, request preview and Create. It is
// handed the services (app/program/main.cpp builds them), creates the criteria model and the
// widgets that show it and the TargetModel, and sends what the preview shows. Its parts are
// found by objectName (criteriaModel, workspaceBinder, draftActions, workspaceDialogs,
// requestPreview, sendBar, lastResultLabel, …).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Not owned; each must outlive the window.
    struct Services {
        AppSettings *settings = nullptr;
        ApiClient *client = nullptr;
        TargetModel *target = nullptr;
        SignInController *signIn = nullptr; // Sign in with Webex; none: the commands are off
        QString autosavePath;               // the autosave file (AutosaveOffer); empty: no autosave
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Dialogs go through the presenter, so tests can observe them without blocking.
    void setResultPresenter(ResultPresenter *presenter);
    // Opens a draft (--open); false with a dialog naming the problem, the form unchanged.
    bool openDraft(const QString &path);
    // Closes without asking about unsaved changes, keeping them in the autosave (the app
    // ends on a signal: nobody confirmed anything). The settings are saved as on a quit.
    void closeUnconfirmed();
    // Apply to several workspaces…: its window, its controller and the offer to resume.
    BulkActions *bulkActions() const { return m_bulk; }
    // Make them match: its window, its controller and the offer to resume a sync.
    MatchActions *matchActions() const { return m_match; }
    // View > Organization overview… (its window, and the scene of its picture).
    OverviewActions *overviewActions() const;

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void createFinished(const seqring::ApiResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void retranslate();
    void refresh();
    void showProblem(const QString &title, const QString &text);
    void onCreateFinished(const ApiResult &result);

    Services m_services;
    CriteriaModel *m_model;
    WorkspaceBinder *m_binder;
    TargetPanel *m_target;
    CriteriaForm *m_form;
    ValidationList *m_issues;
    RequestPreview *m_preview;
    SendBar *m_sendBar;
    QLabel *m_lastResult;
    ResultPresenter *m_presenter;
    DraftActions *m_drafts;
    WorkspaceDialogs *m_dialogs;
    SignInActions *m_signIn = nullptr;
    BulkActions *m_bulk = nullptr;
    MatchActions *m_match = nullptr;
    QString m_trackingId;   // the TrackingID of the next create, shown in the preview
    bool m_painted = false; // the first frame has been painted
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace seqring
