#pragma once

// The admin window as app/program/main.cpp builds it, against an in-process sandbox on port 0:
// the services (ServiceFixture) and the window, each held here so a test can reach it.
#include "tests/common/servicefixture.h"
#include "ui/mainwindow.h"

namespace seqring::test
{

struct WindowFixture : ServiceFixture {
    std::unique_ptr<MainWindow> window;
    QString autosavePath; // set before start() to test the autosave; empty: none

    // Builds everything; `sandbox` starts the window against the sandbox (--sandbox);
    // `sandboxData`, when given, replaces the sandbox's demo fixture.
    bool start(bool sandbox = true, const QByteArray &sandboxData = {})
    {
        if (!startServices(QStringLiteral("seqring-admin-tests"), sandboxData))
            return false;
        window = std::make_unique<MainWindow>(MainWindow::Services{
            settings.get(), client.get(), target.get(), signIn.get(), autosavePath});
        TargetModel::Overrides overrides;
        overrides.sandbox = sandbox;
        target->load(*settings, overrides);
        return true;
    }
    void stop()
    {
        window.reset();
        stopServices();
    }
    template <typename T> T *find(const QString &name = {}) const
    {
        return window->findChild<T *>(name);
    }
};

} // namespace seqring::test
