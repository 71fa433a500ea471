#pragma once

#include "criteriarequest.h"

#include <QMainWindow>
#include <QPointer>

class QSettings;
class QLabel;

namespace seqring
{

class ApiClient;
class CriteriaForm;
class CriteriaModel;
class RequestPreview;
class ResultPresenter;
class SendBar;
class TargetPanel;
class TokenProvider;
class TokenStore;
class ValidationList;
class WorkspaceBinder;
struct ApiResult;
namespace sandbox
{
class SandboxServer;
}

// The admin window: target, criteria form, issues, request preview and Create; it wires
// the widgets to the one CriteriaModel and sends what the preview shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options {
        bool sandbox = false; // start against the in-process sandbox
        QString baseUrl;      // a custom API root
        QString workspaceId;
        QString orgId;
        QSettings *settings = nullptr; // where window state is kept; nullptr: the app's
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    CriteriaModel *model() const { return m_model; }
    ApiClient *client() const { return m_client; }
    TokenProvider *tokens() const { return m_tokens; }
    TargetPanel *targetPanel() const { return m_target; }
    CriteriaForm *criteriaForm() const { return m_form; }
    ValidationList *validationList() const { return m_issues; }
    RequestPreview *preview() const { return m_preview; }
    SendBar *sendBar() const { return m_sendBar; }
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox; }
    // The workspace picker, schedules, existing criteria and the checks around a create.
    WorkspaceBinder *workspaceBinder() const { return m_binder; }
    QString lastResultText() const;

    // Dialogs go through the presenter, so tests can observe them without blocking.
    void setResultPresenter(ResultPresenter *presenter);
    ResultPresenter *resultPresenter() const { return m_presenter; }

    // The request the Create button sends now (what the preview shows).
    HttpRequestSpec currentRequest() const;

    // Drafts; false with a dialog naming the problem, and the form unchanged.
    bool openDraft(const QString &path);
    bool saveDraft(const QString &path);

public Q_SLOTS:
    void create();

Q_SIGNALS:
    void createFinished(const seqring::ApiResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void applyEnvironment();
    bool ensureSandbox();
    void refresh();
    void showProblem(const QString &title, const QString &text);
    void chooseDraftToOpen();
    void chooseDraftToSave();
    void editToken();
    void onCreateFinished(const ApiResult &result);

    QSettings *m_settings;
    CriteriaModel *m_model;
    TokenStore *m_tokenStore;
    TokenProvider *m_tokens;
    ApiClient *m_client;
    sandbox::SandboxServer *m_sandbox = nullptr;
    TargetPanel *m_target;
    CriteriaForm *m_form;
    ValidationList *m_issues;
    RequestPreview *m_preview;
    SendBar *m_sendBar;
    QLabel *m_lastResult;
    ResultPresenter *m_presenter;
    WorkspaceBinder *m_binder;
    QString m_trackingId; // the TrackingID of the next create, shown in the preview
    QString m_draftPath;
    bool m_painted = false; // the first frame has been painted
    struct Actions;
    Actions *m_actions;
};

} // namespace seqring
