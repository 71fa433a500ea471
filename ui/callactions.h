#pragma once

#include "app/client/callscenarioreader.h"
#include "models/caller.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QMainWindow;

namespace seqring
{

class ApiClient;
class CallTestDialog;
class CriteriaModel;
class EditController;
class TargetModel;
class WeekPanel;
class WorkspaceContext;

// "See what happens to a call" in the window: the When it rings week and Edit > Test a call….
// It reads the workspace's ring settings, criteria and location schedules (CallScenarioReader)
// when the workspace becomes known and when its criteria were read again (while the week is
// shown, else when it is next shown), and on Previous week, This week and Next week; it
// redraws the form's lane on every change of the form, reading nothing. Test reads everything
// afresh and decides with CallRules. objectName: callActions.
class CallActions : public QObject
{
    Q_OBJECT
public:
    // None is owned; `window` is the dialog's parent and retranslates this.
    struct Services {
        ApiClient *client = nullptr;
        TargetModel *target = nullptr;
        CriteriaModel *model = nullptr;
        EditController *editor = nullptr;
        WorkspaceContext *context = nullptr;
    };
    CallActions(const Services &services, WeekPanel *panel, QMainWindow *window);

    // Edit > Test a call… (Ctrl+T).
    QAction *testAction() const { return m_test; }
    WeekPanel *panel() const { return m_panel; }
    CallTestDialog *dialog() const; // the open Test a call dialog, if any
    // The Monday of the week shown (at the location).
    QDate monday() const { return m_monday; }
    // What the last read of the week found, if anything.
    const std::optional<CallScenarioData> &data() const { return m_data; }

public Q_SLOTS:
    // Opens (or raises) the Test a call dialog.
    void openTester();
    // Reads the week's scenario again for the target's workspace.
    void readWeek();
    // Shows the week (Monday to Sunday) that holds `date`, from what was read last.
    void showWeekOf(QDate date);

Q_SIGNALS:
    // A read of the week finished (shown already).
    void weekRead();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onWorkspace();
    // Reads the week now if it is shown, else once it is (the window's other reads do not
    // share the service with a week nobody looks at).
    void readWhenShown();
    void onWeekRead(const CallScenarioData &data);
    void onTestRead(const CallScenarioData &data);
    void showWeek();
    void updateFormLane();
    void moveWeek(int weeks);
    void test();
    void retranslate();
    // The wall-clock time now at the location read last (UTC when none).
    QDateTime nowAtLocation() const;

    Services m_services;
    WeekPanel *m_panel;
    QMainWindow *m_window;
    CallScenarioReader *m_weekReader;
    CallScenarioReader *m_testReader;
    QAction *m_test;
    QPointer<CallTestDialog> m_dialog;
    std::optional<CallScenarioData> m_data;
    std::optional<Caller> m_pendingCaller;
    QDate m_monday;
    bool m_stale = false; // a read is due when the week is shown
};

} // namespace seqring
