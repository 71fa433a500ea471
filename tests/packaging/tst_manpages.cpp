// The manual pages as man shows them: every option the program's --help lists is on its
// page, and the hand-written sections are there.
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace
{

// The option names of a --help text: "-h, --help", "--base-url <URL>" give -h, --help and
// --base-url.
QStringList helpOptions(const QString &help)
{
    static const QRegularExpression line(QStringLiteral("^ +(-[^ ].*?)(?: {2,}|$)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("^--?[A-Za-z0-9][A-Za-z0-9-]*"));
    QStringList options;
    for (auto it = line.globalMatch(help); it.hasNext();) {
        for (const QString &part : it.next().captured(1).split(QStringLiteral(", "))) {
            const auto match = name.match(part);
            if (match.hasMatch())
                options << match.captured(0);
        }
    }
    return options;
}

// The options that do not appear on the page as whole words (--help is not found in
// --help-all).
QStringList missingFrom(const QString &page, const QStringList &options)
{
    QStringList missing;
    for (const QString &option : options) {
        const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9-])%1(?![A-Za-z0-9-])")
                                          .arg(QRegularExpression::escape(option)));
        if (!page.contains(word))
            missing << option;
    }
    return missing;
}

QString run(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' '))
                             << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page as `man` shows it, in plain ASCII, without hyphenation or formatting.
QString renderedPage(const QString &program)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200"));
    environment.remove(QStringLiteral("MAN_KEEP_FORMATTING"));
    const QString page =
        QStringLiteral(SEQRING_MAN_DIR "/%1.1.gz").arg(QFileInfo(program).fileName());
    return run(QStringLiteral("man"),
               {QStringLiteral("--no-hyphenation"), QStringLiteral("--no-justification"),
                QStringLiteral("-P"), QStringLiteral("cat"), QStringLiteral("-l"), page},
               environment);
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private slots:
    void everyHelpOptionIsOnThePage_data();
    void everyHelpOptionIsOnThePage();
    void aMissingOptionIsReported();
    void handWrittenSections_data();
    void handWrittenSections();
};

void TestManPages::everyHelpOptionIsOnThePage_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("helpArguments");
    QTest::newRow("seqring-admin")
        << QStringLiteral(SEQRING_ADMIN_EXE) << QStringList{QStringLiteral("--help")};
    // The apply command's own --help, against the same page.
    QTest::newRow("seqring-admin apply")
        << QStringLiteral(SEQRING_ADMIN_EXE)
        << QStringList{QStringLiteral("apply"), QStringLiteral("--help")};
    QTest::newRow("seqring-admin test-call")
        << QStringLiteral(SEQRING_ADMIN_EXE)
        << QStringList{QStringLiteral("test-call"), QStringLiteral("--help")};
    QTest::newRow("seqring-admin sync")
        << QStringLiteral(SEQRING_ADMIN_EXE)
        << QStringList{QStringLiteral("sync"), QStringLiteral("--help")};
    QTest::newRow("seqring-admin export")
        << QStringLiteral(SEQRING_ADMIN_EXE)
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")};
    QTest::newRow("seqring-sandbox")
        << QStringLiteral(SEQRING_SANDBOX_EXE) << QStringList{QStringLiteral("--help")};
}

void TestManPages::everyHelpOptionIsOnThePage()
{
    QFETCH(QString, program);
    QFETCH(QStringList, helpArguments);
    const QStringList options = helpOptions(run(program, helpArguments));
    QVERIFY2(options.size() >= 4, qPrintable(options.join(QLatin1Char(' '))));
    QVERIFY(options.contains(QStringLiteral("--help")));
    if (helpArguments.size() == 1) // the program's own help, not a subcommand's
        QVERIFY(options.contains(QStringLiteral("--version")));
    const QString page = renderedPage(program);
    QVERIFY(!page.isEmpty());
    QCOMPARE(missingFrom(page, options), QStringList());
}

// The check itself: an option the page lacks is named, and a longer option that contains
// it does not count.
void TestManPages::aMissingOptionIsReported()
{
    const QString page = renderedPage(QStringLiteral(SEQRING_ADMIN_EXE));
    QVERIFY(page.contains(QStringLiteral("--help-all")));
    const QString help = QStringLiteral("Options:\n"
                                        "  -h, --help        Displays help.\n"
                                        "  --no-such-option  Not a real option.\n"
                                        "  --help-al <X>     A prefix of a real one.\n");
    QCOMPARE(helpOptions(help),
             (QStringList{QStringLiteral("-h"), QStringLiteral("--help"),
                          QStringLiteral("--no-such-option"), QStringLiteral("--help-al")}));
    QCOMPARE(missingFrom(page, helpOptions(help)),
             (QStringList{QStringLiteral("--no-such-option"), QStringLiteral("--help-al")}));
}

void TestManPages::handWrittenSections_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("seqring-admin")
        << QStringLiteral(SEQRING_ADMIN_EXE)
        << QStringList{QStringLiteral("EXIT STATUS"),
                       QStringLiteral("ENVIRONMENT"),
                       QStringLiteral("WEBEX_ACCESS_TOKEN"),
                       QStringLiteral("WEBEX_CLIENT_ID"),
                       QStringLiteral("WEBEX_CLIENT_SECRET"),
                       QStringLiteral("FILES"),
                       QStringLiteral("~/.config/seqring-admin/seqring-admin.conf"),
                       QStringLiteral("autosave"),
                       QStringLiteral("journal"),
                       QStringLiteral("APPLY COMMAND"),
                       QStringLiteral("--on-duplicate skip|create"),
                       QStringLiteral("EXPORT COMMAND"),
                       QStringLiteral("externalNumbers"),
                       QStringLiteral("seqring-sandbox(1)")};
    QTest::newRow("seqring-sandbox")
        << QStringLiteral(SEQRING_SANDBOX_EXE)
        << QStringList{QStringLiteral("EXIT STATUS"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--state"), QStringLiteral("seqring-admin(1)")};
}

void TestManPages::handWrittenSections()
{
    QFETCH(QString, program);
    QFETCH(QStringList, texts);
    const QString page = renderedPage(program);
    for (const QString &text : texts)
        QVERIFY2(page.contains(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
