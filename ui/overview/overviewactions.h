#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QWidget;

namespace seqring
{

class ApiClient;
class AppSettings;
class OverviewWindow;
class TargetModel;

// View > Organization overview…: the action and the overview window it opens (one, kept
// while the admin window lives), reading with the window's target (API root, organisation,
// token). A row double-clicked there comes out as workspaceActivated, for the admin window
// to make it its target; and the scene the documentation's picture is made from.
class OverviewActions : public QObject
{
    Q_OBJECT
public:
    OverviewActions(ApiClient *client, TargetModel *target, const AppSettings *settings,
                    QWidget *window);

    QAction *action() const { return m_action; }
    OverviewWindow *overviewWindow() const;
    // Shows the window; reads the organisation when it has not been read yet.
    OverviewWindow *openWindow();
    // Opens the window, and calls `done` with it once every workspace has been read.
    void playScreenshotScene(std::function<void(QWidget *)> done);
    void retranslate();

Q_SIGNALS:
    void windowOpened(seqring::OverviewWindow *window);
    void workspaceActivated(const QString &workspaceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ApiClient *m_client;
    TargetModel *m_target;
    const AppSettings *m_settings;
    QWidget *m_window;
    QAction *m_action;
    QPointer<OverviewWindow> m_overview;
};

} // namespace seqring
