// bench_window_census: builds the real admin window as the start-up bench runs it (services
// as app/program/main.cpp builds them, an https API root on a closed loopback port, a token from
// WEBEX_ACCESS_TOKEN) and prints, after its first frame, the widgets it shows by Qt class
// and its splitters and group boxes (widgetcensus.h). bench_form_window is built to the
// same census; seqring-bench compares the two in every run.
#include "tests/bench/widgetcensus.h"
#include "tests/common/servicefixture.h"
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    seqring::test::ServiceFixture services;
    if (!services.startServices(QStringLiteral("seqring-admin-bench-census")))
        return 1;
    seqring::MainWindow window({services.settings.get(), services.client.get(),
                                services.target.get(), services.signIn.get(),
                                QString()}); // a fresh start: no autosave to offer
    seqring::TargetModel::Overrides overrides;
    overrides.baseUrl = QStringLiteral("https://127.0.0.1:1/v1");
    services.target->load(*services.settings, overrides);
    window.show();
    new seqring::bench::CensusReport(&window);
    const int code = app.exec();
    services.stopServices();
    return code;
}
