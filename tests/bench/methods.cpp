// The prose of docs/performance.md: how each figure is measured, the notes, and where the
// cost of a missed target is.
#include "tests/bench/report.h"

namespace seqring::bench
{

QString Report::methods()
{
    return QStringLiteral(
        "## Reproduce\n\n"
        "```sh\n"
        "make bench   # builds the release preset, runs the bench, rewrites this file\n"
        "```\n\n"
        "## How each figure is measured\n\n"
        "- **Start-up to the first painted frame.** `seqring-admin --quit-after-first-paint "
        "--base-url https://127.0.0.1:1/v1` against `bench_form_window`: a `QMainWindow` of the "
        "admin window's default size whose central widget holds the same widgets as the admin "
        "window's first frame, class by class and in the same number (labels, line edits, combo "
        "boxes, check boxes, radio buttons, spin boxes, a list, a tree, a plain-text edit "
        "holding a create request's body, push and tool buttons, scroll areas), laid out in the "
        "same splitters and group boxes, with a menu bar and a status bar; it links Qt Widgets "
        "only. The census section below shows both counts; they are taken in every run. The "
        "old baseline, a `QMainWindow` with an empty central widget (`bench_bare_mainwindow`), "
        "is kept as information rows. All three use the same `FirstFrameReport` "
        "(`app/firstframereport.h`): at the window's first `QEvent::Paint` it queues a report, "
        "so the whole first frame is painted and flushed first; the report prints "
        "`first-frame <peak RSS>` and quits. The time is wall time from `posix_spawn` until the "
        "bench reads that line from the pipe, so it includes loading the shared libraries. All "
        "run offscreen with fresh, empty `HOME` and XDG directories and no D-Bus session, in "
        "rounds whose order rotates. `WEBEX_ACCESS_TOKEN` is set for the app, so it makes no "
        "keychain read; the rows marked *token from the keychain* run without it. The window "
        "starts its look-ups on the pass of the event loop after its first frame, so they are "
        "not in the figure; the row *from spawn to exit* has them and the teardown.\n"
        "- **Peak RSS.** The peak the process reports in its first-frame line "
        "(`getrusage(RUSAGE_SELF)`'s `ru_maxrss`), and, *up to exit* and for the bulk runs, "
        "`ru_maxrss` from `wait4`'s `rusage`.\n"
        "- **Cost per edit** and **paste of 10,000 lines.** `bench_edit` (Qt Test, "
        "`QBENCHMARK`, wall time): the real `CriteriaForm` and `RequestPreview` at the "
        "window's size; one edit replaces the 12th of 12 numbers with one never used before, "
        "re-validates, builds the create request and paints what changed. *part 1* is the "
        "model and request with no widget, *part 2* the preview's `setRequest` and paint. The "
        "paste is `PhoneNumbersEditor::pasteNumbers` with 10,000 lines, then the pending events "
        "and a repaint.\n"
        "- **200 sequential creates.** Each sent when the previous one answered, through "
        "`seqring::ApiClient::createCriteria` with requests made by "
        "`ApiRequests::createCriteria`, against a bare `QNetworkAccessManager` loop (no project "
        "code but the request values) sending the same 200 requests: the same URL, headers and "
        "body bytes, posted as a `QByteArray`. Both talk to a `SandboxServer` "
        "(`--allow-duplicates`) in their own process and thread, as `seqring-admin --sandbox` "
        "runs it, a fresh one per batch, and each batch has a fresh manager. The client's time "
        "and the loop's run from the first send to the last answer.\n"
        "- **The re-send guard.** The bare loop again, with each body sent as the client sends "
        "a create (`OneShotBody`, `DoNotBufferUploadDataAttribute`, a Content-Length: Qt cannot "
        "send it twice on its own, see `app/client/oneshotbody.h`), against the plain post: "
        "the guard's own cost, in the same rounds.\n"
        "- **Against curl** (information, the old rows). The same 200 requests sent by one "
        "`curl` process from a config file over one kept-alive connection (checked: every "
        "answer 201, one connect) to a `seqring-sandbox` process; the client is measured "
        "against the sandbox in its process and against a sandbox process like curl's. curl's "
        "time runs from its spawn to its exit.\n"
        "- **Bulk apply, rate-limited.** `seqring-admin apply` (the CLI, a real process) over "
        "the 1,000 workspaces `seqring-sandbox --generate-workspaces 1000 --rate-limit 100/1` "
        "generates, by ID, a fresh sandbox per run, with a draft whose criteria has the schedule "
        "*London Business Hours* (a business-hours schedule of the London location) and any "
        "number. Before each run the bench reads the sandbox itself (untimed; then it waits "
        "1.1 s so that its reads have left the rate window) to find what a correct run needs: "
        "the license names once, every page of 100 workspaces, each location's schedules once "
        "for a location that has a Professional workspace among the targets (the basic "
        "workspace license is refused from the listing, with nothing more read), and for each "
        "workspace that passes the checks one read of its criteria and one create. The floor "
        "is that number of requests at 100 a second; the figure is the CLI's wall time from "
        "spawn to exit. The run is checked: the report CSV must list exactly as many created "
        "as the plan expects. The row *requests sent* counts what the sandbox received "
        "(`GET /sandbox/stats`, 429 answers included).\n"
        "- **Bulk apply, latency-bound.** The same run against `--latency 50` (every answer "
        "50 ms late) with no rate limit and the default concurrency, 4: the floor is the "
        "requests a correct run needs × 50 ms ÷ 4. The issue's 1,000 × 50 ms ÷ 4 counts one "
        "request per workspace; a correct run needs two for each workspace it creates on (its "
        "criteria are read first, to skip one alike), so the floor counts them.\n"
        "- **Bulk memory.** The peak RSS of each rate-limited run against the same CLI applying "
        "to one workspace of the same sandbox (`--on-duplicate create`) right after it.\n"
        "- **Picker at scale.** `bench_picker`: the real `WorkspacePickerDialog` and "
        "`WorkspaceDirectory`, offscreen, against a `seqring-sandbox --generate-workspaces "
        "10000` process (so that the server's work is not in the client's event loop), opened "
        "with an empty search, which reads every page of 100. From the first page's answer "
        "until the frame with every row is painted, a 4 ms `Qt::PreciseTimer` notes how late "
        "each of its ticks comes; the figure is the longest lateness, the time the event loop "
        "was held at once. Fonts and style are loaded before (a tree with text painted), so "
        "the first text of the process is not counted. The memory figure is the peak RSS "
        "after the rows less the peak before the search.\n\n"
        "## Notes\n\n"
        "- **Six connections per host.** `QNetworkAccessManager` opens at most six HTTP/1.1 "
        "connections to one host and port; a seventh request waits in its queue for one of "
        "them. A bulk run's concurrency above six (`--concurrency` goes up to 10) therefore "
        "keeps at most six requests on the wire; the others hold a slot of the run's gate while "
        "they wait inside Qt, so they count against the bound without being sent. Against a "
        "latency-bound service, 7 to 10 are no faster than 6 (the floor of the latency row is "
        "requests × latency ÷ min(concurrency, 6)); against a rate limit the concurrency does "
        "not matter once the pace is learned. HTTP/2 would multiplex them on one connection, "
        "but the client keeps HTTP/1.1 (the sandbox speaks only that).\n"
        "- **Pacing under a rate limit.** A client that only waits out each 429's whole-second "
        "`Retry-After` sends a burst, meets a 429, waits a second while nothing is sent, and "
        "bursts again: against a sliding window of 100 a second it loses close to a second in "
        "every window. The run's `RequestGate` learns the rate from the first 429 instead: the "
        "requests it sent in the `Retry-After` window before it that were answered are what "
        "the window admits, so from then on it hands out slots no faster than that less 3% "
        "(and the requests waiting out the 429 take the first slots of that pace). A 429 while "
        "pacing slows the pace by a tenth; a 429 after fewer requests than the run's slots "
        "teaches no rate (the pause alone holds). The first burst still meets its 429 and "
        "one wait: that is the cost above the floor in the rate-limited row.\n");
}

QList<std::pair<QString, QString>> Report::knownCosts()
{
    return {
        {QStringLiteral("start-up to first painted frame"),
         QStringLiteral(
             "**Start-up.** With the same widgets on both sides, what is left is the project's "
             "own. Measured with timestamps in a scratch build (median of 9 runs, this "
             "machine): `main` is reached about 5 ms later than the baseline's, for the 24 more "
             "shared libraries (libphonenumber with protobuf and abseil about 4 ms of it, Qt "
             "HttpServer and WebSockets for the built-in sandbox about 1 ms, Qt Network with "
             "Kerberos, QtKeychain, NetworkAuth, libcsv the rest); building the window takes "
             "about 20 ms more, about 10 ms of it libphonenumber parsing its metadata for the "
             "default-region list (its \"US (+1)\" needs the calling codes), the rest the "
             "models, validators and bindings behind the widgets, the request preview's "
             "monospace font and highlighter, and the window icon. Loading libphonenumber "
             "only after the first frame would need the first frame to show the region without "
             "its calling code, or the library behind a plugin loaded on demand.")},
        {QStringLiteral("peak RSS of that run, up to that frame"),
         QStringLiteral("**Memory at the first frame.** Of about 11 MiB above the baseline: "
                        "the extra libraries 4.5 MiB at `main` (libphonenumber, protobuf and "
                        "abseil 2.4 MiB of it), libphonenumber's parsed metadata 4.3 MiB, "
                        "setting the window icon (theme look-up, SVG) about 1 MiB, the services "
                        "(settings, client, session, token store) about 1 MiB.")},
        {QStringLiteral("200 sequential creates, client and in-process sandbox"),
         QStringLiteral("**Create round trip.** Against the bare loop, the client adds per "
                        "create: the request value copied into a job, the tracking ID, the "
                        "session log entry (the HAR record of every request, redacted), the "
                        "raw answer kept for the details view, the deadline and read-buffer "
                        "checks, the JSON parse of the answer into a result value, and the "
                        "re-send guard (its own row). The `seqring.http` lines are off unless "
                        "`--verbose` asks.")},
        {QStringLiteral("bulk apply, 1000 workspaces, rate limit"),
         QStringLiteral("**Bulk, rate-limited.** The first burst meets the limit and waits "
                        "the whole-second `Retry-After` once; the pace learned then is 3% "
                        "below the rate the window admitted.")},
        {QStringLiteral("bulk apply, 1000 workspaces, latency"),
         QStringLiteral("**Bulk, latency-bound.** The journal's fsync before each create (the "
                        "*sending* line must be on disk before the create goes; it ran on the "
                        "event loop three times per create before this bench, a third of the "
                        "run on this disk; now the lines queued while one fsync runs share the "
                        "next, on the journal's thread), the license names read before "
                        "any workspace starts (one slot of four for a round trip), the first "
                        "page of workspaces awaited before the first workspace goes on, and "
                        "the CLI's own start and report in the wall time.")},
        {QStringLiteral("picker, "),
         QStringLiteral("**Picker.** The rows now come page by page (before, all 10,000 were "
                        "built into the view in one pass after the last page: about 170 ms held "
                        "and 47 MiB grown on this machine in a debug build); what still holds "
                        "the loop longer than a frame is not profiled yet. The candidates: "
                        "parsing a page of 100 workspaces and building its rows in one pass, "
                        "the tree's layout after each append, and the session log's copy of "
                        "every answer.")},
        {QStringLiteral("cost per edit"),
         QStringLiteral("**Edit.** See the two *edit, part* rows: the model and request, and "
                        "the preview's paint, which repaints only the changed line of the body "
                        "(ui/linetextlayout.h); the rest is the form's own repaint.")},
    };
}

} // namespace seqring::bench
