// bench_picker: the workspace picker at scale. Against a seqring-sandbox process (--api-root)
// that holds many workspaces, the real WorkspacePickerDialog is shown offscreen and searched
// with an empty query, which reads every page; from the first page on, a 4 ms precise timer
// measures its own lateness, so the longest time the event loop was held while the rows
// arrived (up to the frame that shows them all) is known. It
// prints "picker <longest stall ms> <peak RSS before the search KiB> <peak RSS after the rows
// KiB> <rows>" and exits 0, or exits 1 when the search failed.
#include "app/client/apiclient.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/workspacedirectory.h"
#include "ui/bulk/workspaceresultsmodel.h"
#include "ui/workspacepickerdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>
#include <sys/resource.h>

namespace
{
long peakRssKiB()
{
    struct rusage usage {
    };
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--api-root"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "bench_picker: --api-root URL is required\n");
        return 2;
    }
    seqring::RequestContext context;
    context.apiRoot = args.at(at + 1);
    context.token = QStringLiteral("sandbox-demo-admin-token");

    seqring::ApiClient client;
    seqring::LicenseCatalog licenses(&client);
    seqring::LocationCatalog locations(&client);
    seqring::WorkspaceDirectory directory(&client, &licenses, &locations);
    seqring::WorkspacePickerDialog dialog(&directory, [context] { return context; });
    dialog.setDebounceInterval(0);

    // The search starts when the dialog is shown; the timer runs from just before.
    constexpr int kTickMs = 4;
    QElapsedTimer clock;
    double last = 0;
    double longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        longest = std::max(longest, now - last - kTickMs);
        last = now;
    });
    // The fonts and styles are loaded first (a tree with text, painted), so the stall
    // measured is the picker's, not the first text of the process.
    {
        QTreeWidget warmUp;
        warmUp.setHeaderLabels({QStringLiteral("Name"), QStringLiteral("Location")});
        new QTreeWidgetItem(&warmUp, {QStringLiteral("Warm-up"), QStringLiteral("London")});
        warmUp.show();
        warmUp.repaint();
        QCoreApplication::processEvents();
    }
    const long before = peakRssKiB();
    // Measured from the first page's answer to the frame with every row.
    QObject::connect(&directory, &seqring::WorkspaceDirectory::searchProgress, [&](int pages) {
        if (pages == 1 && !ticker.isActive()) {
            clock.start();
            ticker.start();
        }
    });
    bool failed = false;
    QObject::connect(&dialog, &seqring::WorkspacePickerDialog::resultsShown, [&] {
        failed = dialog.resultsModel()->rowCount() == 0;
        // One more pass, so that the frame with the rows is painted within the measure.
        QTimer::singleShot(50, [&] {
            ticker.stop();
            std::printf("picker %.2f %ld %ld %d\n", longest, before, peakRssKiB(),
                        dialog.resultsModel()->rowCount());
            std::fflush(stdout);
            QCoreApplication::exit(failed ? 1 : 0);
        });
    });
    QTimer::singleShot(120000, [] { QCoreApplication::exit(1); });
    dialog.open();
    return app.exec();
}
