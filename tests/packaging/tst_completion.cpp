// The bash completions: each script is sourced in a bash process with bash-completion, as
// the package installs them, and asked to complete a command line; options come from the
// built program's --help.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace
{

// Sources bash-completion and the script of `name`, finds the function `complete -p`
// registered for it, and prints what it offers for the last word of `words` (the first
// word is the program to run for --help).
const char completeScript[] = R"(
source /usr/share/bash-completion/bash_completion || exit 10
source "$COMPLETION_DIR/$NAME" || exit 11
function=$(complete -p "$NAME" | sed -n 's/.* -F \([^ ]*\) .*/\1/p')
[[ -n $function ]] || exit 12
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
"$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)";

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completes_data();
    void completes();
    void optionsFollowHelp_data();
    void optionsFollowHelp();

private:
    QStringList complete(const QString &name, const QStringList &words);

    QTemporaryDir m_dir; // a.json b.csv c.txt notes.md sub/
};

void TestCompletion::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"a.json", "b.csv", "c.txt", "notes.md"}) {
        QFile file(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
}

QStringList TestCompletion::complete(const QString &name, const QStringList &words)
{
    const QString program = name == QLatin1String("seqring-admin")
                                ? QStringLiteral(SEQRING_ADMIN_EXE)
                                : QStringLiteral(SEQRING_SANDBOX_EXE);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NAME"), name);
    environment.insert(QStringLiteral("COMPLETION_DIR"), QStringLiteral(SEQRING_COMPLETION_DIR));
    QProcess bash;
    bash.setProcessEnvironment(environment);
    bash.setWorkingDirectory(m_dir.path());
    bash.start(QStringLiteral("bash"),
               QStringList{QStringLiteral("--norc"), QStringLiteral("--noprofile"),
                           QStringLiteral("-c"), QString::fromLatin1(completeScript),
                           QStringLiteral("complete"), program}
                   << words);
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0) {
        qWarning().noquote() << "bash exit code" << bash.exitCode() << bash.readAllStandardError();
        return {QStringLiteral("<bash failed>")};
    }
    QStringList offered = QString::fromUtf8(bash.readAllStandardOutput())
                              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    offered.sort();
    offered.removeDuplicates();
    return offered;
}

void TestCompletion::completes_data()
{
    QTest::addColumn<QString>("name");
    // The words after the program; the last is the one being completed ("--lang " ends
    // with an empty word).
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("offered");
    const auto list = [](const char *words) {
        return QString::fromLatin1(words).split(QLatin1Char(' '));
    };
    QTest::newRow("option") << QStringLiteral("seqring-admin") << list("--ba")
                            << list("--base-url");
    QTest::newRow("option prefix")
        << QStringLiteral("seqring-admin") << list("--help") << list("--help --help-all");
    QTest::newRow("language") << QStringLiteral("seqring-admin") << list("--lang ")
                              << list("de en fr ja");
    QTest::newRow("no language") << QStringLiteral("seqring-admin") << list("--lang x")
                                 << QStringList();
    QTest::newRow("draft to open")
        << QStringLiteral("seqring-admin") << list("--open ") << list("a.json sub");
    QTest::newRow("draft to preview")
        << QStringLiteral("seqring-admin") << list("--preview a") << list("a.json");
    QTest::newRow("API root") << QStringLiteral("seqring-admin") << list("--base-url https")
                              << list("https://webexapis.com/v1");
    QTest::newRow("workspace ID") << QStringLiteral("seqring-admin") << list("--workspace ")
                                  << QStringList();
    QTest::newRow("command") << QStringLiteral("seqring-admin") << list("")
                             << list("apply export sync test-call");
    QTest::newRow("test-call option")
        << QStringLiteral("seqring-admin") << list("test-call --ca") << list("--caller");
    QTest::newRow("caller") << QStringLiteral("seqring-admin") << list("test-call --caller ")
                            << list("private unavailable");
    QTest::newRow("HAR file") << QStringLiteral("seqring-admin") << list("test-call --har ")
                              << list("sub");
    QTest::newRow("sync option") << QStringLiteral("seqring-admin") << list("sync --al")
                                 << list("--allow-delete");
    QTest::newRow("sync options") << QStringLiteral("seqring-admin") << list("sync --d")
                                  << list("--desired --dry-run");
    QTest::newRow("desired state")
        << QStringLiteral("seqring-admin") << list("sync --desired ") << list("a.json sub");
    QTest::newRow("template") << QStringLiteral("seqring-admin") << list("sync --template a")
                              << list("a.json");
    QTest::newRow("export options")
        << QStringLiteral("seqring-admin") << list("export --c") << list("--concurrency --csv");
    QTest::newRow("export file") << QStringLiteral("seqring-admin") << list("export --out ")
                                 << list("a.json sub");
    QTest::newRow("export summary")
        << QStringLiteral("seqring-admin") << list("export --csv ") << list("b.csv sub");
    QTest::newRow("apply option") << QStringLiteral("seqring-admin") << list("apply --on")
                                  << list("--on-duplicate");
    QTest::newRow("apply options")
        << QStringLiteral("seqring-admin") << list("apply --d") << list("--draft --dry-run");
    QTest::newRow("on duplicate") << QStringLiteral("seqring-admin")
                                  << list("apply --on-duplicate ") << list("create skip");
    QTest::newRow("workspace list") << QStringLiteral("seqring-admin")
                                    << list("apply --workspaces ") << list("b.csv c.txt sub");
    QTest::newRow("report") << QStringLiteral("seqring-admin") << list("apply --report ")
                            << list("b.csv sub");
    QTest::newRow("sandbox option")
        << QStringLiteral("seqring-sandbox") << list("--st") << list("--state");
    QTest::newRow("state file") << QStringLiteral("seqring-sandbox") << list("--state ")
                                << list("a.json b.csv c.txt notes.md sub");
    QTest::newRow("forced status") << QStringLiteral("seqring-sandbox") << list("--force-status 50")
                                   << list("500 502 503 504");
    QTest::newRow("port") << QStringLiteral("seqring-sandbox") << list("--port ") << QStringList();
}

void TestCompletion::completes()
{
    QFETCH(QString, name);
    QFETCH(QStringList, words);
    QFETCH(QStringList, offered);
    QCOMPARE(complete(name, words), offered);
}

void TestCompletion::optionsFollowHelp_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("seqring-admin")
        << QStringLiteral("seqring-admin")
        << QStringList{QStringLiteral("--sandbox"),   QStringLiteral("--base-url"),
                       QStringLiteral("--workspace"), QStringLiteral("--org"),
                       QStringLiteral("--lang"),      QStringLiteral("--preview"),
                       QStringLiteral("--open"),      QStringLiteral("--version")}
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("--screenshot-scene"),
                       QStringLiteral("--quit-after-first-paint")};
    QTest::newRow("seqring-sandbox")
        << QStringLiteral("seqring-sandbox")
        << QStringList{QStringLiteral("--port"), QStringLiteral("--state"),
                       QStringLiteral("--rate-limit"), QStringLiteral("--force-status"),
                       QStringLiteral("--allow-duplicates")}
        << QStringList{QStringLiteral("--sandbox")};
}

// "--" offers what --help lists, and nothing it hides.
void TestCompletion::optionsFollowHelp()
{
    QFETCH(QString, name);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, hidden);
    const QStringList all = complete(name, {QStringLiteral("--")});
    for (const QString &option : offered)
        QVERIFY2(all.contains(option),
                 qPrintable(option + QLatin1String(" in ") + all.join(QLatin1Char(' '))));
    for (const QString &option : hidden)
        QVERIFY2(!all.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
