// seqring-bench: runs every benchmark against its baseline in the same run, prints one
// markdown table and writes docs/performance.md. Run by `make bench`.
#include "tests/bench/bulkbench.h"
#include "tests/bench/callbench.h"
#include "tests/bench/exportbench.h"
#include "tests/bench/pickerbench.h"
#include "tests/bench/qtestcsv.h"
#include "tests/bench/report.h"
#include "tests/bench/roundtrip.h"
#include "tests/bench/spawn.h"
#include "tests/bench/startup.h"
#include "tests/bench/syncbench.h"
#include "tests/bench/weekbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace seqring::bench;

namespace
{

// Runs bench_edit once (Qt Test, -csv) and turns its per-iteration wall times into the
// two figures: one edit, and one paste of 10,000 lines.
QList<Figure> editFigures(const QString &program)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("-csv")});
    const bool finished = process.waitForFinished(180000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());

    Figure edit;
    edit.name = QStringLiteral("cost per edit (12 numbers + schedule)");
    edit.unit = QStringLiteral("ms");
    edit.target = Figure::Target::MedianBelow;
    edit.limit = 1;
    Figure paste;
    paste.name = QStringLiteral("paste of 10,000 lines");
    paste.unit = QStringLiteral("ms");
    paste.target = Figure::Target::MedianBelow;
    paste.limit = 50;

    Figure modelOnly;
    modelOnly.name = QStringLiteral("edit, part 1: model, validation, request (no widget)");
    modelOnly.unit = QStringLiteral("ms");
    Figure previewOnly;
    previewOnly.name = QStringLiteral("edit, part 2: preview setRequest + paint");
    previewOnly.unit = QStringLiteral("ms");

    const QHash<QString, QList<double>> times = seqring::bench::qtestWalltimesMs(output);
    const QList<double> editMs = times.value(QStringLiteral("edit"));
    const QList<double> pasteMs = times.value(QStringLiteral("paste"));
    const QList<double> modelMs = times.value(QStringLiteral("editModelOnly"));
    const QList<double> previewMs = times.value(QStringLiteral("previewOnly"));
    edit.value = summarize(editMs);
    paste.value = summarize(pasteMs);
    modelOnly.value = summarize(modelMs);
    previewOnly.value = summarize(previewMs);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString why =
            QStringLiteral("bench_edit failed: ") +
            QString::fromUtf8(process.readAllStandardError()).left(200).simplified();
        edit.problems.append(why);
        paste.problems.append(why);
    }
    return {edit, paste, modelOnly, previewOnly};
}

// The census a program prints after its first frame (widgetcensus.h), and its outline.
struct Census {
    QMap<QString, int> counts;
    QStringList outline;
    QString problem;
};

Census censusOf(const QString &program, const QStringList &arguments)
{
    Census census;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), QStringLiteral("bench-not-a-real-token"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const QString out = dir.filePath(QStringLiteral("census.txt"));
    const ProcessRun run = runProcess(program, arguments, env, out);
    QFile file(out);
    if (!run.ok || !file.open(QIODevice::ReadOnly)) {
        census.problem = QStringLiteral("census of %1 failed: %2").arg(program, run.problem);
        return census;
    }
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("census ")) && line != QStringLiteral("census-end")) {
            const QStringList fields = line.split(u' ');
            census.counts.insert(fields.value(1), fields.value(2).toInt());
        } else if (line.startsWith(QStringLiteral("outline "))) {
            census.outline.append(line.mid(8));
        }
    }
    return census;
}

// The two censuses side by side (markdown), and whether they differ.
QString censusSection(const Census &window, const Census &form, QStringList *problems)
{
    QString out =
        QStringLiteral("| Qt class | admin window | bench_form_window |\n|---|---|---|\n");
    QStringList classes = window.counts.keys() + form.counts.keys();
    classes.removeDuplicates();
    classes.sort();
    QStringList differ;
    for (const QString &name : classes) {
        const int a = window.counts.value(name);
        const int b = form.counts.value(name);
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(name).arg(a).arg(b);
        if (a != b)
            differ.append(QStringLiteral("%1 %2 vs %3").arg(name).arg(a).arg(b));
    }
    out += QStringLiteral("\nSplitters and group boxes of the admin window (widgets shown in "
                          "each):\n\n```\n") +
           window.outline.join(u'\n') +
           QStringLiteral("\n```\n\nand of bench_form_window:\n\n```\n") +
           form.outline.join(u'\n') + QStringLiteral("\n```\n");
    for (const Census *census : {&window, &form}) {
        if (!census->problem.isEmpty())
            problems->append(census->problem);
    }
    if (!differ.isEmpty())
        problems->append(QStringLiteral("bench_form_window no longer matches the window: ") +
                         differ.join(QStringLiteral(", ")));
    if (window.outline != form.outline)
        problems->append(QStringLiteral("bench_form_window's splitters and group boxes differ"));
    return out;
}

// The sections of the bench, in the order they run; --only names some of them.
const QStringList kSections = {
    QStringLiteral("startup"),   QStringLiteral("edit"),   QStringLiteral("week"),
    QStringLiteral("roundtrip"), QStringLiteral("bulk"),   QStringLiteral("sync"),
    QStringLiteral("export"),    QStringLiteral("picker"), QStringLiteral("call")};

// The sections the comma lists in `lists` name, in kSections' order; every section when
// `lists` is empty. Sets `unknown` to a name that is no section.
QStringList chosenSections(const QStringList &lists, QString *unknown)
{
    if (lists.isEmpty())
        return kSections;
    QStringList named;
    for (const QString &list : lists) {
        for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
            if (!kSections.contains(name.trimmed())) {
                *unknown = name.trimmed();
                return {};
            }
            named.append(name.trimmed());
        }
    }
    QStringList sections;
    for (const QString &section : kSections) {
        if (named.contains(section))
            sections.append(section);
    }
    return sections;
}

// The start-up rows: with the token in the environment (the census's problems go on its
// first row: the baseline must be the window's twin), then from the keychain.
QList<Figure> startupFigures(const QString &app, const QString &form, const QString &bare,
                             bool quick, const QStringList &censusProblems)
{
    QTextStream err(stderr);
    StartupBench startup;
    startup.app = app;
    startup.form = form;
    startup.bare = bare;
    startup.pairs = quick ? 3 : 15;
    err << "start-up and peak RSS (" << startup.pairs << " pairs)..." << Qt::endl;
    QList<Figure> figures = startup.run(true);
    figures.first().problems += censusProblems;
    startup.pairs = quick ? 3 : 11;
    err << "start-up without WEBEX_ACCESS_TOKEN (" << startup.pairs << " pairs)..." << Qt::endl;
    figures += startup.run(false);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the seqring-admin benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("seqring-admin"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption bareOption(
        QStringLiteral("bare"), QStringLiteral("bench_bare_mainwindow"), QStringLiteral("PATH"));
    const QCommandLineOption formOption(QStringLiteral("form"), QStringLiteral("bench_form_window"),
                                        QStringLiteral("PATH"));
    const QCommandLineOption censusOption(
        QStringLiteral("census"), QStringLiteral("bench_window_census"), QStringLiteral("PATH"));
    const QCommandLineOption pickerOption(QStringLiteral("picker"), QStringLiteral("bench_picker"),
                                          QStringLiteral("PATH"));
    const QCommandLineOption editOption(QStringLiteral("edit"), QStringLiteral("bench_edit"),
                                        QStringLiteral("PATH"));
    const QCommandLineOption weekOption(QStringLiteral("week"), QStringLiteral("bench_week"),
                                        QStringLiteral("PATH"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("seqring-sandbox"), QStringLiteral("PATH"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("curl"),
                                        QStringLiteral("PATH"), QStringLiteral("curl"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Markdown file to write."), QStringLiteral("PATH"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"),
        QStringLiteral("Fewer runs (trying the bench out; not for the document)."));
    const QCommandLineOption bulkOnlyOption(
        QStringLiteral("bulk-only"),
        QStringLiteral("Only the bulk apply rows (the same as --only bulk)."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Only these sections, a comma list of: %1 (trying a change out; not with "
                       "--out).")
            .arg(kSections.join(QStringLiteral(", "))),
        QStringLiteral("SECTIONS"));
    parser.addOptions({appOption, bareOption, formOption, censusOption, pickerOption, editOption,
                       weekOption, sandboxOption, curlOption, outOption, quickOption,
                       bulkOnlyOption, onlyOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QCommandLineOption &required :
         {appOption, bareOption, formOption, censusOption, pickerOption, editOption, weekOption,
          sandboxOption}) {
        if (!parser.isSet(required)) {
            err << "seqring-bench: --" << required.names().first() << " is required" << Qt::endl;
            return 2;
        }
    }
    QString unknown;
    const QStringList sections = chosenSections(
        parser.values(onlyOption) +
            (parser.isSet(bulkOnlyOption) ? QStringList{QStringLiteral("bulk")} : QStringList()),
        &unknown);
    if (!unknown.isEmpty()) {
        err << "seqring-bench: --only: no section " << unknown << "; the sections are "
            << kSections.join(QStringLiteral(", ")) << Qt::endl;
        return 2;
    }
    if (sections != kSections && parser.isSet(outOption)) {
        err << "seqring-bench: --out writes the whole document, so it needs every section"
            << Qt::endl;
        return 2;
    }
    const auto runs = [&sections](const char *section) {
        return sections.contains(QLatin1String(section));
    };
    const bool quick = parser.isSet(quickOption);
    QElapsedTimer total;
    total.start();
    QList<Figure> figures;
    QString census;
    if (runs("startup")) {
        err << "census of the window's first frame..." << Qt::endl;
        QStringList censusProblems;
        census = censusSection(censusOf(parser.value(censusOption), {}),
                               censusOf(parser.value(formOption), {QStringLiteral("--census")}),
                               &censusProblems);
        figures += startupFigures(parser.value(appOption), parser.value(formOption),
                                  parser.value(bareOption), quick, censusProblems);
    }
    if (runs("edit")) {
        err << "edit and paste (bench_edit)..." << Qt::endl;
        figures += editFigures(parser.value(editOption));
    }
    if (runs("week")) {
        err << "the week's repaint (bench_week)..." << Qt::endl;
        figures += weekFigures(parser.value(weekOption));
    }
    if (runs("roundtrip")) {
        RoundTripBench roundTrip;
        roundTrip.sandbox = parser.value(sandboxOption);
        roundTrip.curl = QStandardPaths::findExecutable(parser.value(curlOption));
        if (roundTrip.curl.isEmpty())
            roundTrip.curl = parser.value(curlOption); // an explicit path
        roundTrip.pairs = quick ? 3 : 11;
        err << "create round trips (" << roundTrip.pairs << " pairs of " << roundTrip.requests
            << " creates)..." << Qt::endl;
        figures += roundTrip.run();
    }
    if (runs("bulk")) {
        BulkBench bulk;
        bulk.app = parser.value(appOption);
        bulk.sandbox = parser.value(sandboxOption);
        bulk.runs = quick ? 2 : 10;
        err << "bulk apply (" << bulk.runs
            << " runs each: rate-limited, rate-limited with a harder first window, "
               "latency-bound)..."
            << Qt::endl;
        figures += bulk.run();
    }
    if (runs("sync")) {
        SyncBench syncs;
        syncs.app = parser.value(appOption);
        syncs.sandbox = parser.value(sandboxOption);
        syncs.runs = quick ? 1 : 3;
        err << "sync (" << syncs.runs << " runs each, rate-limited and latency-bound)..."
            << Qt::endl;
        figures += syncs.run();
    }
    if (runs("export")) {
        ExportBench exportBench;
        exportBench.app = parser.value(appOption);
        exportBench.sandbox = parser.value(sandboxOption);
        exportBench.runs = quick ? 2 : 5;
        err << "export (" << exportBench.runs << " runs each, rate-limited and at scale)..."
            << Qt::endl;
        figures += exportBench.run();
    }
    if (runs("picker")) {
        PickerBench picker;
        picker.picker = parser.value(pickerOption);
        picker.sandbox = parser.value(sandboxOption);
        picker.runs = quick ? 2 : 10;
        err << "workspace picker at scale (" << picker.runs << " runs)..." << Qt::endl;
        figures += picker.run();
    }
    if (runs("call")) {
        CallBench call;
        call.runs = quick ? 5 : 30;
        err << "test one call (" << call.runs << " runs of " << call.calls << " calls)..."
            << Qt::endl;
        figures += call.run();
    }

    // Information rows go last, after the rows with targets.
    std::stable_partition(figures.begin(), figures.end(),
                          [](const Figure &f) { return f.target != Figure::Target::None; });
    out << Qt::endl << Report::table(figures) << Qt::endl;

    if (parser.isSet(outOption)) {
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(Report::document(figures, double(total.elapsed()) / 1000, census).toUtf8()) <
                0 ||
            !file.commit()) {
            err << "seqring-bench: could not write " << parser.value(outOption) << Qt::endl;
            return 1;
        }
        out << "Written: " << parser.value(outOption) << Qt::endl;
    }
    for (const Figure &f : figures) {
        if (!f.problems.isEmpty())
            return 1; // a broken run, not a missed target: make bench fails
    }
    return 0;
}
