#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace seqring
{

class MainWindow;

// A scene of the documentation's pictures (--screenshot-scene NAME with --screenshot PNG):
// the window, started against the sandbox, brought through its own widgets to what the
// picture shows, step by step as each waits for the window (a look-up, a read). Then
// ready() hands over the widget to grab: the window, or the dialog the scene opened.
// Scenes: "edit" (a criteria in edit mode with a change: the PUT and the list of changes)
// "ring-settings" (the Sequential ring settings editor with the workspace's numbers) and
// "bulk" (the bulk window after a run over the sandbox's workspaces) and "week" (When it
// rings beside the form, the form's criteria in its own lane).
class ScreenshotScene : public QObject
{
    Q_OBJECT
public:
    static QStringList names();
    // The scene `name` for `window` (its parent), or nullptr for an unknown name.
    static ScreenshotScene *create(const QString &name, MainWindow *window);

    // Runs the steps; ready() or failed() follows, once.
    void start();

Q_SIGNALS:
    void ready(QWidget *subject);
    void failed(const QString &reason);

private:
    // One step: `act` runs once `isDue` holds; `what` names it when it never does.
    struct Step {
        QString what;
        std::function<bool()> isDue;
        std::function<void()> act;
    };
    explicit ScreenshotScene(MainWindow *window);
    void addEditSteps();
    void addRingSettingsSteps();
    void addBulkSteps();
    void addWeekSteps();
    // A short wait for the last layout and paint, then ready(subject()).
    void addPause(const std::function<QWidget *()> &subject);
    void poll();

    MainWindow *m_window;
    QList<Step> m_steps;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
};

} // namespace seqring
