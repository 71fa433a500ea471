#pragma once

// The base of the admin window's end-to-end tests: the window built as app/program/main.cpp builds
// it (WindowFixture), against the in-process sandbox, with helpers that fill the form by
// keyboard and mouse and wait for what the window does.
#include "app/client/apiclient.h"
#include "app/client/writeaccess.h"
#include "app/workspace/workspacebinder.h"
#include "app/workspace/workspacecontext.h"
#include "models/criteriamodel.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/criteriadetailview.h"
#include "ui/existingcriteriapanel.h"
#include "ui/requestpreview.h"
#include "ui/results/resultdialogs.h"
#include "ui/sendbar.h"
#include "ui/validationlist.h"
#include "ui/workspacedialogs.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

namespace seqring::test
{

inline const QString kBoardroom = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");

// Check boxes and radio buttons react only on their indicator and text.
inline void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

class WindowTest : public QObject
{
protected:
    // Builds and shows the window against the sandbox; false if something failed.
    bool startWindow()
    {
        qRegisterMetaType<ApiResult>();
        qunsetenv("WEBEX_ACCESS_TOKEN");
        if (!m_fx.start())
            return false;
        m_window = m_fx.window.get();
        m_fx.client->setRetryDelayScale(0.02);
        dialogs()->setDebounceInterval(20);
        m_dialogs = std::make_unique<QSignalSpy>(m_fx.find<ResultPresenter>(),
                                                 &ResultPresenter::dialogShown);
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window);
    }
    void stopWindow()
    {
        m_dialogs.reset();
        m_fx.stop();
        m_window = nullptr;
    }

    template <typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    CriteriaModel *model() const
    {
        return m_fx.find<CriteriaModel>(QStringLiteral("criteriaModel"));
    }
    WorkspaceBinder *binder() const { return m_fx.find<WorkspaceBinder>(); }
    WorkspaceDialogs *dialogs() const { return m_fx.find<WorkspaceDialogs>(); }
    RequestPreview *preview() const { return m_fx.find<RequestPreview>(); }
    SendBar *sendBar() const { return m_fx.find<SendBar>(); }
    ValidationList *validationList() const { return m_fx.find<ValidationList>(); }
    ExistingCriteriaPanel *panel() const { return m_fx.find<ExistingCriteriaPanel>(); }
    QString lastResultText() const
    {
        return m_fx.find<QLabel>(QStringLiteral("lastResultLabel"))->text();
    }

    // Types the documented example criteria into the form, by keyboard and mouse.
    void fillSeedByInput()
    {
        auto *workspace = find<QLineEdit>("workspaceIdEdit");
        workspace->setFocus();
        QTest::keyClicks(workspace, kBoardroom);
        clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
        auto *name = find<QComboBox>("scheduleNameCombo");
        name->lineEdit()->clear();
        QTest::keyClicks(name->lineEdit(), QStringLiteral("Business Vacation"));
        auto *type = find<QComboBox>("scheduleTypeCombo");
        type->setCurrentIndex(type->findText(QStringLiteral("Holidays")));
        clickToggle(find<QRadioButton>("selectNumbersRadio"));
        auto *number = find<QLineEdit>("addNumberEdit");
        QTest::keyClicks(number, QStringLiteral("+44 20 7183 8750"));
        QTest::keyClick(number, Qt::Key_Return);
        QTest::keyClicks(number, QStringLiteral("+44 20 7183 9751"));
        QTest::mouseClick(find<QPushButton>("addNumberButton"), Qt::LeftButton);
        clickToggle(find<QCheckBox>("anonymousCheck"));
        QVERIFY(settle());
    }
    // Waits until the look-ups the window started by itself are done, so that an injected
    // fault meets the request the test sends.
    bool settle()
    {
        WorkspaceBinder *b = binder();
        TargetModel *target = m_fx.target.get();
        return QTest::qWaitFor(
            [b, target] {
                return target->workspace().has_value() && b->context()->settings().has_value() &&
                       !b->context()->isBusy() && !b->writeAccess()->isChecking();
            },
            10000);
    }
    // The requests the sandbox received with `method`, in order.
    QList<sandbox::RecordedRequest> received(const QByteArray &method) const
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &request : m_fx.server->receivedRequests()) {
            if (request.method == method)
                out.append(request);
        }
        return out;
    }
    QList<sandbox::RecordedRequest> posts() const { return received("POST"); }
    QList<sandbox::RecordedRequest> puts() const { return received("PUT"); }
    QMessageBox *waitForBox(const char *name)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = m_window->findChild<QMessageBox *>(QLatin1String(name));
                return box && box->isVisible();
            },
            10000);
        return shown ? box : nullptr;
    }
    // The window's child of type T named `name` once it is shown; null after 10 s.
    template <typename T> T *waitForShown(const char *name)
    {
        T *child = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                child = m_window->findChild<T *>(QLatin1String(name));
                return child && child->isVisible();
            },
            10000);
        return shown ? child : nullptr;
    }
    // Selects the first row of Existing criteria, presses Edit and waits for edit mode.
    void editFirstCriteria()
    {
        QTreeWidget *list = panel()->list();
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        list->clearSelection();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(0)).center());
        QPushButton *edit = panel()->detailView()->editButton();
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("editModeBar")->isVisible());
    }
    // Chooses London - Reception and loads its one seeded criteria into the form (Edit).
    void startEditingSeeded()
    {
        typeWorkspaceId(sandboxtest::londonReception());
        QVERIFY(settle());
        editFirstCriteria();
    }
    void typeWorkspaceId(const QString &id)
    {
        auto *workspace = find<QLineEdit>("workspaceIdEdit");
        workspace->selectAll();
        QTest::keyClick(workspace, Qt::Key_Delete);
        QTest::keyClicks(workspace, id);
    }
    QDialog *waitForDialog()
    {
        if (m_dialogs->isEmpty() && !m_dialogs->wait(15000))
            return nullptr;
        return m_dialogs->takeFirst().first().value<QDialog *>();
    }

    WindowFixture m_fx;
    MainWindow *m_window = nullptr;
    std::unique_ptr<QSignalSpy> m_dialogs;
};

} // namespace seqring::test
