// CriteriaValidator: a positive and a negative case for every rule.
#include "models/criteriavalidator.h"
#include "models/urlpolicy.h"

#include <QTest>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::ValidationContext)

namespace
{

ValidationContext goodContext()
{
    ValidationContext context;
    context.workspaceId = QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFLzE");
    context.apiRoot = QStringLiteral("https://webexapis.com/v1");
    context.hasToken = true;
    context.purpose = ValidationContext::Purpose::Send;
    context.defaultRegion = QStringLiteral("GB");
    return context;
}

Criteria goodCriteria()
{
    Criteria c;
    c.schedule =
        Schedule{QStringLiteral("Business Vacation"), ScheduleType::Holidays, ScheduleLevel::Group};
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    c.phoneNumbers = {QStringLiteral("+44 20 7183 8750"), QStringLiteral("020 7183 9751")};
    return c;
}

QString fieldName(Field field)
{
    return QString::number(int(field));
}

} // namespace

class TestCriteriaValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void apiRoot_data();
    void apiRoot();
    void duplicateRowIsTheLaterOne();
    void messagesNameTheValue();
    void knownSchedules_data();
    void knownSchedules();
};

void TestCriteriaValidator::rules_data()
{
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<ValidationContext>("context");
    QTest::addColumn<int>("field");    // -1: no issue at all expected
    QTest::addColumn<int>("severity"); // of the issue at that field

    const int none = -1;
    const int error = int(Severity::Error);
    const int warning = int(Severity::Warning);
    QTest::newRow("good criteria") << goodCriteria() << goodContext() << none << 0;

    ValidationContext context = goodContext();
    context.workspaceId = QStringLiteral("   ");
    QTest::newRow("workspace missing")
        << goodCriteria() << context << int(Field::WorkspaceId) << error;
    context.workspaceId = QStringLiteral(" WS1 ");
    QTest::newRow("workspace padded")
        << goodCriteria() << context << int(Field::WorkspaceId) << warning;

    Criteria c = goodCriteria();
    c.schedule->name = QStringLiteral("  ");
    QTest::newRow("schedule name blank") << c << goodContext() << int(Field::ScheduleName) << error;
    c = goodCriteria();
    c.schedule->type.reset();
    QTest::newRow("schedule type unset") << c << goodContext() << int(Field::ScheduleType) << error;
    c = goodCriteria();
    c.schedule.reset();
    QTest::newRow("no schedule is fine") << c << goodContext() << none << 0;

    c = goodCriteria();
    c.phoneNumbers.clear();
    QTest::newRow("select with nothing") << c << goodContext() << int(Field::PhoneNumbers) << error;
    c.anonymousCallersEnabled = true;
    QTest::newRow("select with private callers only") << c << goodContext() << none << 0;
    c.anonymousCallersEnabled = false;
    c.unavailableCallersEnabled = true;
    QTest::newRow("select with unavailable callers only") << c << goodContext() << none << 0;
    c = goodCriteria();
    c.phoneNumbers.clear();
    c.callsFrom = CallsFrom::AnyPhoneNumber;
    QTest::newRow("any number needs no numbers") << c << goodContext() << none << 0;

    c = goodCriteria();
    c.phoneNumbers.append(QStringLiteral("12ab"));
    QTest::newRow("invalid number") << c << goodContext() << int(Field::PhoneNumbers) << error;
    c.callsFrom = CallsFrom::AnyPhoneNumber;
    QTest::newRow("invalid number not sent with any number") << c << goodContext() << none << 0;

    c = goodCriteria();
    c.phoneNumbers.clear();
    for (int i = 0; i < kMaxPhoneNumbers; ++i)
        c.phoneNumbers.append(QStringLiteral("+1 415 555 %1").arg(2600 + i));
    QTest::newRow("twelve numbers") << c << goodContext() << none << 0;
    c.phoneNumbers.append(QStringLiteral("+1 415 555 2700"));
    QTest::newRow("thirteen numbers") << c << goodContext() << int(Field::PhoneNumbers) << error;

    c = goodCriteria();
    c.phoneNumbers.append(QStringLiteral("0044 (0)20 7183 8750"));
    QTest::newRow("duplicate in another spelling")
        << c << goodContext() << int(Field::PhoneNumbers) << error;

    context = goodContext();
    context.apiRoot = QStringLiteral("http://api.example.com/v1");
    QTest::newRow("http root") << goodCriteria() << context << int(Field::ApiRoot) << error;
    context.apiRoot = QStringLiteral("http://127.0.0.1:8080/v1");
    QTest::newRow("http loopback root") << goodCriteria() << context << none << 0;

    context = goodContext();
    context.hasToken = false;
    QTest::newRow("no token when sending")
        << goodCriteria() << context << int(Field::Token) << error;
    context.purpose = ValidationContext::Purpose::Preview;
    QTest::newRow("no token when previewing")
        << goodCriteria() << context << int(Field::Token) << warning;
}

void TestCriteriaValidator::rules()
{
    QFETCH(Criteria, criteria);
    QFETCH(ValidationContext, context);
    QFETCH(int, field);
    QFETCH(int, severity);
    const ValidationIssues issues = CriteriaValidator::validate(criteria, context);
    if (field < 0) {
        QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
        QVERIFY(!CriteriaValidator::hasErrors(issues));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(fieldName(issues.first().field), fieldName(Field(field)));
    QCOMPARE(int(issues.first().severity), severity);
    QVERIFY(!issues.first().message.isEmpty());
    QCOMPARE(CriteriaValidator::hasErrors(issues), severity == int(Severity::Error));
}

void TestCriteriaValidator::apiRoot_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("webex") << "https://webexapis.com/v1" << true;
    QTest::newRow("custom https") << "https://proxy.example.org/webex/v1" << true;
    QTest::newRow("localhost") << "http://localhost:1234/v1" << true;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:1234/v1" << true;
    QTest::newRow("127.1.2.3") << "http://127.1.2.3/v1" << true;
    QTest::newRow("ipv6 loopback") << "http://[::1]:1234/v1" << true;
    QTest::newRow("ipv6 loopback in full") << "http://[0:0:0:0:0:0:0:1]/v1" << true;
    QTest::newRow("ipv4 loopback mapped to ipv6") << "http://[::ffff:127.0.0.1]/v1" << true;
    QTest::newRow("ipv6 not loopback") << "http://[::2]/v1" << false;
    QTest::newRow("localhost with a trailing dot") << "http://localhost.:1234/v1" << true;
    QTest::newRow("127.0.0.1 with a trailing dot") << "http://127.0.0.1.:1234/v1" << true;
    QTest::newRow("LOCALHOST") << "http://LOCALHOST/v1" << true;
    QTest::newRow("http elsewhere") << "http://webexapis.com/v1" << false;
    QTest::newRow("http private net") << "http://192.168.1.10/v1" << false;
    QTest::newRow("looks like loopback") << "http://127.0.0.1.example.com/v1" << false;
    QTest::newRow("ftp") << "ftp://webexapis.com/v1" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no host") << "https:///v1" << false;
}

void TestCriteriaValidator::apiRoot()
{
    QFETCH(QString, root);
    QFETCH(bool, accepted);
    const QString problem = UrlPolicy::checkApiRoot(root);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    // One rule: what the form accepts as an API root, the client sends to, and the reverse.
    if (!root.isEmpty() && QUrl(root).isValid() && !QUrl(root).host().isEmpty())
        QCOMPARE(UrlPolicy::checkRequestUrl(QUrl(root)).isEmpty(), accepted);
    ValidationContext context;
    context.apiRoot = root;
    context.workspaceId = QStringLiteral("workspace");
    context.hasToken = true;
    bool rootRefused = false;
    for (const ValidationIssue &issue : CriteriaValidator::validateTarget(context))
        rootRefused = rootRefused || issue.field == Field::ApiRoot;
    QCOMPARE(rootRefused, !accepted);
}

void TestCriteriaValidator::duplicateRowIsTheLaterOne()
{
    Criteria c = goodCriteria();
    c.phoneNumbers = {QStringLiteral("+44 20 7183 8750"), QStringLiteral("+1 415 555 2671"),
                      QStringLiteral("020 7183 8750")};
    const ValidationIssues issues = CriteriaValidator::validate(c, goodContext());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().row, 2);
    QVERIFY(issues.first().message.contains(QLatin1String("020 7183 8750")));
}

void TestCriteriaValidator::messagesNameTheValue()
{
    Criteria c = goodCriteria();
    c.phoneNumbers = {QStringLiteral("+44 20 7183 8750"), QStringLiteral("555-CALL")};
    ValidationIssues issues = CriteriaValidator::validate(c, goodContext());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().row, 1);
    QVERIFY(issues.first().message.contains(QLatin1String("555-CALL")));

    ValidationContext context = goodContext();
    context.apiRoot = QStringLiteral("http://intranet.example/v1");
    issues = CriteriaValidator::validate(goodCriteria(), context);
    QVERIFY(issues.first().message.contains(context.apiRoot));
}

void TestCriteriaValidator::knownSchedules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasList");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<bool>("warned");
    const QStringList london{QStringLiteral("London Business Hours"),
                             QStringLiteral("Business Vacation")};
    QTest::newRow("list not read")
        << QStringLiteral("Elsewhere") << false << QStringList() << false;
    QTest::newRow("known") << QStringLiteral("Business Vacation") << true << london << false;
    QTest::newRow("known, spaces around")
        << QStringLiteral(" Business Vacation ") << true << london << false;
    QTest::newRow("unknown") << QStringLiteral("Business Vacations") << true << london << true;
    QTest::newRow("case differs") << QStringLiteral("business vacation") << true << london << true;
    QTest::newRow("location has none")
        << QStringLiteral("Business Vacation") << true << QStringList() << true;
    QTest::newRow("empty name: only the error") << QString() << true << london << false;
}

void TestCriteriaValidator::knownSchedules()
{
    QFETCH(QString, name);
    QFETCH(bool, hasList);
    QFETCH(QStringList, known);
    QFETCH(bool, warned);
    Criteria c = goodCriteria();
    c.schedule->name = name;
    ValidationContext context = goodContext();
    if (hasList)
        context.knownSchedules = known;
    const ValidationIssues issues = CriteriaValidator::validate(c, context);
    const auto warning = std::find_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.field == Field::ScheduleName && i.severity == Severity::Warning;
    });
    QCOMPARE(warning != issues.cend(), warned);
    if (warned) {
        QVERIFY(warning->message.contains(name.trimmed()));
        // Only a warning: the criteria can still be sent.
        QVERIFY(!CriteriaValidator::hasErrors(issues));
    }
}

QTEST_GUILESS_MAIN(TestCriteriaValidator)
#include "tst_criteriavalidator.moc"
