#include "report.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <utility>

namespace seqring::bench
{

namespace
{

QString number(double value)
{
    if (value >= 100)
        return QString::number(value, 'f', 0);
    if (value >= 10)
        return QString::number(value, 'f', 1);
    if (value >= 1)
        return QString::number(value, 'f', 2);
    return QString::number(value, 'f', 3);
}

QString withUnit(double value, const QString &unit)
{
    return number(value) + u' ' + unit;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    static const QRegularExpression model(QStringLiteral("^model name\\s*:\\s*(.+)$"),
                                          QRegularExpression::MultilineOption);
    const auto match = model.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown");
}

} // namespace

QString Report::table(const QList<Figure> &figures)
{
    QString out = QStringLiteral(
        "| figure | median | min | max | baseline median | ratio (min–max) | target | met? |\n"
        "|---|---|---|---|---|---|---|---|\n");
    for (const Figure &f : figures) {
        QString baseline = QStringLiteral("—");
        QString ratio = QStringLiteral("—");
        if (f.hasBaseline()) {
            baseline =
                withUnit(f.baseline.median, f.unit) + QStringLiteral(" (") + f.baselineName + u')';
            ratio = QString::number(f.ratio.median, 'f', 2) + QStringLiteral(" (") +
                    QString::number(f.ratio.min, 'f', 2) + u'–' +
                    QString::number(f.ratio.max, 'f', 2) + u')';
        }
        QString verdict;
        if (!f.problems.isEmpty())
            verdict = QStringLiteral("**FAILED**: ") + f.problems.first();
        else if (f.target == Figure::Target::None)
            verdict = QStringLiteral("—");
        else
            verdict = f.met() ? QStringLiteral("yes") : QStringLiteral("**NO, missed**");
        out += QStringLiteral("| %1 (n=%2) | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(f.name)
                   .arg(f.value.count)
                   .arg(withUnit(f.value.median, f.unit), withUnit(f.value.min, f.unit),
                        withUnit(f.value.max, f.unit), baseline, ratio, f.targetText(), verdict);
    }
    return out;
}

namespace
{

// For each figure that missed its target, where its cost is (found with callgrind and
// timestamps on this kind of machine; the closing notes of issue 7 say what would
// remove it).
QString costs(const QList<Figure> &figures)
{
    const QList<std::pair<QString, QString>> known{
        {QStringLiteral("start-up to first painted frame"),
         QStringLiteral(
             "**Start-up.** The bare baseline never lays out or draws a line of text. The "
             "admin window's first text widget loads the font database and the text shaper "
             "(the largest single cost); then the target, criteria, preview and "
             "existing-criteria panels are built and laid out, and the first frame paints "
             "them all (about as long again as building them). Loading 22 more shared "
             "libraries (Qt Network, HttpServer and WebSockets for the built-in sandbox, "
             "QtKeychain, libphonenumber with protobuf, ICU and abseil, Kerberos for Qt "
             "Network) adds some ms before `main`. libphonenumber's metadata is loaded on a "
             "worker thread while the window is built, and the TLS back end only after the "
             "first frame.")},
        {QStringLiteral("peak RSS of that run, up to that frame"),
         QStringLiteral("**Memory.** The same libraries and widgets, libphonenumber's metadata "
                        "(parsed protobuf and compiled ICU regular expressions), the font "
                        "database and the glyph caches of the text.")},
        {QStringLiteral("sequential creates, client and in-process sandbox"),
         QStringLiteral("**Create round trip.** Qt's HTTP runs in its own thread: each create "
                        "crosses threads several times (send, headers, body, finished), each a "
                        "wake-up through the event loop, where curl writes and reads one "
                        "socket in one thread. With the sandbox in the same thread, the "
                        "server's work also waits its turn in the client's event loop.")},
        {QStringLiteral("cost per edit"),
         QStringLiteral("**Edit.** See the two *edit, part* rows: the model and request, and "
                        "the preview's paint.")},
    };
    QString out;
    for (const auto &[name, cost] : known) {
        for (const Figure &f : figures) {
            if (f.target != Figure::Target::None && !f.met() && f.name.contains(name)) {
                out += QStringLiteral("- ") + cost + u'\n';
                break;
            }
        }
    }
    return out.isEmpty() ? QString()
                         : QStringLiteral("\n## Where the missed targets' cost is\n\n") + out;
}

} // namespace

QString Report::document(const QList<Figure> &figures, double totalSeconds)
{
    QString missed;
    for (const Figure &f : figures) {
        if (f.target != Figure::Target::None && !f.met())
            missed += QStringLiteral("- ") + f.name + u'\n';
    }
    QString doc;
    doc += QStringLiteral(
        "# Performance\n\n"
        "Measured by `make bench` (the `bench` target; not part of `make test`). "
        "Every figure is the median of its runs (n in the first column), with "
        "the smallest and largest run beside it. Every ratio is taken pair by "
        "pair against a baseline run in the same `make bench`, interleaved "
        "with it (the order inside a pair alternates), then the median of those "
        "ratios is reported, so a busy machine slows both sides of a pair alike.\n\n");
    doc += table(figures);
    doc += u'\n';
    doc += missed.isEmpty() ? QStringLiteral("All targets were met in this run.\n\n")
                            : QStringLiteral("Targets missed in this run:\n\n") + missed + u'\n';
    doc += QStringLiteral("## Machine\n\n");
    doc += QStringLiteral("- date: %1 (UTC)\n")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc += QStringLiteral("- cores: %1 (shared with other work while measuring)\n")
               .arg(QThread::idealThreadCount());
    doc += QStringLiteral("- CPU: %1\n").arg(cpuModel());
    doc += QStringLiteral("- system: %1, %2\n")
               .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    doc += QStringLiteral("- Qt: %1 (built against %2)\n")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    doc += QStringLiteral("- compiler: GCC %1, build type %2, `-O` flags of that CMake build type "
                          "for the app and its baselines alike\n")
               .arg(QStringLiteral(__VERSION__), QStringLiteral(SEQRING_BENCH_BUILD_TYPE));
    doc += QStringLiteral("- whole bench: %1 s\n\n").arg(QString::number(totalSeconds, 'f', 0));
    doc += QStringLiteral(
        "## Reproduce\n\n"
        "```sh\n"
        "make bench   # builds the release preset, runs the bench, rewrites this file\n"
        "```\n\n"
        "## How each figure is measured\n\n"
        "- **Start-up to the first painted frame.** `seqring-admin --quit-after-first-paint "
        "--base-url https://127.0.0.1:1/v1` against `bench_bare_mainwindow` (a `QMainWindow` "
        "with an empty central widget, of the admin window's default size, built in the same "
        "CMake build). Both use the same `FirstFrameReport` (`app/firstframereport.h`): at "
        "the window's first `QEvent::Paint` it queues a report, so the whole first frame is "
        "painted and flushed first; the report prints `first-frame <peak RSS>` on standard "
        "output and quits. The time is wall time from `posix_spawn` until the bench reads "
        "that line from the pipe, so it includes loading the shared libraries, but not what "
        "runs after the frame. Both run offscreen (`QT_QPA_PLATFORM=offscreen`) with fresh, "
        "empty `HOME` and XDG directories and no D-Bus session. `WEBEX_ACCESS_TOKEN` is set "
        "for the app, so it makes no keychain read; the rows marked *token from the keychain* "
        "run without it, so the app asks the keychain, which has no D-Bus session here. The "
        "window starts its look-ups (people/me, then the workspace) on the pass of the event "
        "loop after its first frame, so they are not in the first figure; the row *from "
        "spawn to exit* shows the whole run with them and the teardown. The API root is an "
        "https root on a closed loopback port, so that work (loading the TLS back end, the "
        "network thread) runs but nothing leaves the machine and no DNS look-up is made.\n"
        "- **Peak RSS.** The peak the process itself reports in its first-frame line "
        "(`getrusage(RUSAGE_SELF)`'s `ru_maxrss`), and, in the row *up to exit*, `ru_maxrss` "
        "from `wait4`'s `rusage`.\n"
        "- **Cost per edit.** `bench_edit edit` (Qt Test, `QBENCHMARK`, wall time): a "
        "`CriteriaModel` with a schedule and 12 numbers, bound to the real `CriteriaForm`, "
        "and the real `RequestPreview`, shown offscreen at the window's size. One edit "
        "replaces the 12 numbers with a list whose last number is one never used before (as "
        "typing a number does), the model re-validates (every number is checked again; "
        "libphonenumber parses only the new one, the other 11 answers are remembered), "
        "`ApiRequests::createCriteria` builds the request with the window's tracking ID "
        "(it changes only after a create), `RequestPreview::setRequest` shows it (editing "
        "the changed lines in place), and one pass of the event loop paints what changed, "
        "form and preview. Each of the 11 data rows is one run; Qt Test picks the iteration "
        "count, the figure is per iteration. Two information rows split it: *part 1* is the "
        "model change, validation and `buildCreate` with no widget bound; *part 2* is "
        "`setRequest` of a request that differs from the one shown (the 12th number) plus "
        "the paint.\n"
        "- **Paste of 10,000 lines.** `bench_edit paste` (`QBENCHMARK_ONCE`, a fresh editor "
        "per run): `PhoneNumbersEditor::pasteNumbers` with 10,000 lines, then the pending "
        "events are processed and the editor is repainted, so the figure is how long the "
        "event loop is held. The test asserts 12 rows, one `messageChanged` and a message "
        "shown.\n"
        "- **Create round trip.** 200 sequential creates (each sent when the previous one "
        "answered) through `seqring::ApiClient::createCriteria` with requests made by "
        "`ApiRequests::createCriteria`, against the same 200 requests (same URL, the same "
        "four headers, the same body bytes from a file) sent by one `curl` process from a "
        "config file, one after the other over one kept-alive connection (checked: every "
        "answer 201 and `%{num_connects}` adds up to 1) to a `seqring-sandbox "
        "--allow-duplicates` process. The row with the target has the client talk to the "
        "sandbox in its own process and thread (`SandboxServer`, as `seqring-admin "
        "--sandbox` runs it), as the issue asks; the information row *client to a sandbox "
        "process* has the client talk to a sandbox process like curl's, so both sides see "
        "the same server "
        "over loopback TCP. Every batch gets a fresh server; the three kinds of batch run "
        "in rounds, their order rotating. The client's time runs from the first send to the "
        "last answer; curl's from its spawn to its exit, which includes curl's own start-up "
        "(a few ms) and so favours the client slightly. Qt adds its usual headers "
        "(User-Agent, Accept-Encoding, Accept-Language, Connection), curl its "
        "User-Agent.\n");
    doc += costs(figures);
    return doc;
}

} // namespace seqring::bench
