// Phone-number parsing through libphonenumber: accepted spellings, E.164 output, rejections.
#include "models/phonenumber.h"

#include <QTest>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::PhoneProblem)

class TestPhoneNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void describeNamesTheNumber();
    void splitPasted_data();
    void splitPasted();
    void regions();
    void rememberedResultsFollowTheRegion();
};

void TestPhoneNumbers::check_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<PhoneProblem>("problem");

    const auto ok = PhoneProblem::None;
    QTest::newRow("GB international") << "+44 20 7183 8750"
                                      << "US"
                                      << "+442071838750" << ok;
    QTest::newRow("GB 00 prefix") << "0044 20 7183 8750"
                                  << "GB"
                                  << "+442071838750" << ok;
    QTest::newRow("GB 00 prefix, US default") << "0044 20 7183 8750"
                                              << "US"
                                              << "+442071838750" << ok;
    QTest::newRow("GB national") << "020 7183 8750"
                                 << "GB"
                                 << "+442071838750" << ok;
    QTest::newRow("GB E.164") << "+442071839751"
                              << "GB"
                              << "+442071839751" << ok;
    QTest::newRow("GB mobile") << "07400 123456"
                               << "GB"
                               << "+447400123456" << ok;
    QTest::newRow("US national") << "(415) 555-2671"
                                 << "US"
                                 << "+14155552671" << ok;
    QTest::newRow("US dotted") << "415.555.2671"
                               << "US"
                               << "+14155552671" << ok;
    QTest::newRow("US with 1") << "1-415-555-2671"
                               << "US"
                               << "+14155552671" << ok;
    QTest::newRow("US international") << "+1 415 555 2671"
                                      << "DE"
                                      << "+14155552671" << ok;
    QTest::newRow("DE national") << "030 123456"
                                 << "DE"
                                 << "+4930123456" << ok;
    QTest::newRow("DE international") << "+49 89 1234567"
                                      << "US"
                                      << "+49891234567" << ok;
    QTest::newRow("DE hyphenated as read back") << "+49-6100773976"
                                                << "US"
                                                << "+496100773976" << ok;
    QTest::newRow("FR national") << "01 42 68 53 00"
                                 << "FR"
                                 << "+33142685300" << ok;
    QTest::newRow("FR international") << "+33 1 42 68 53 00"
                                      << "GB"
                                      << "+33142685300" << ok;
    QTest::newRow("JP national") << "03-1234-5678"
                                 << "JP"
                                 << "+81312345678" << ok;
    QTest::newRow("JP international") << "+81 3 1234 5678"
                                      << "US"
                                      << "+81312345678" << ok;
    QTest::newRow("CH national") << "044 668 18 00"
                                 << "CH"
                                 << "+41446681800" << ok;
    QTest::newRow("CH international") << "+41 44 668 18 00"
                                      << "FR"
                                      << "+41446681800" << ok;
    QTest::newRow("spaces around") << "  +44 20 7183 8750  "
                                   << "US"
                                   << "+442071838750" << ok;
    QTest::newRow("region in lower case") << "020 7183 8750"
                                          << "gb"
                                          << "+442071838750" << ok;

    QTest::newRow("empty") << ""
                           << "US"
                           << "" << PhoneProblem::Empty;
    QTest::newRow("blank") << "   "
                           << "US"
                           << "" << PhoneProblem::Empty;
    QTest::newRow("plus alone") << "+"
                                << "US"
                                << "" << PhoneProblem::NotANumber;
    QTest::newRow("letters") << "+44 20 7183 ABCD"
                             << "GB"
                             << "" << PhoneProblem::Letters;
    QTest::newRow("vanity letters") << "1-800-FLOWERS"
                                    << "US"
                                    << "" << PhoneProblem::Letters;
    QTest::newRow("extension") << "+1 415 555 2671 ext. 12"
                               << "US"
                               << "" << PhoneProblem::Extension;
    QTest::newRow("extension with x") << "(415) 555-2671 x99"
                                      << "US"
                                      << "" << PhoneProblem::Extension;
    QTest::newRow("emergency short code GB") << "999"
                                             << "GB"
                                             << "" << PhoneProblem::TooShort;
    QTest::newRow("short code US") << "911"
                                   << "US"
                                   << "" << PhoneProblem::TooShort;
    QTest::newRow("too short international") << "+44 20"
                                             << "US"
                                             << "" << PhoneProblem::TooShort;
    QTest::newRow("too long") << "+44 20 7183 8750 1234 5678"
                              << "US"
                              << "" << PhoneProblem::TooLong;
    QTest::newRow("invalid country code") << "+999 1234 5678"
                                          << "US"
                                          << "" << PhoneProblem::InvalidCountryCode;
    QTest::newRow("national without region") << "020 7183 8750"
                                             << ""
                                             << "" << PhoneProblem::InvalidCountryCode;
    QTest::newRow("not valid for US") << "(123) 456-7890"
                                      << "US"
                                      << "" << PhoneProblem::InvalidForRegion;
    QTest::newRow("punctuation only") << "--- ()"
                                      << "US"
                                      << "" << PhoneProblem::NotANumber;
}

void TestPhoneNumbers::check()
{
    QFETCH(QString, typed);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(PhoneProblem, problem);
    const PhoneNumberCheck result = PhoneNumbers::check(typed, region);
    QCOMPARE(int(result.problem), int(problem));
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.typed, typed); // what the admin typed is kept for display
    QCOMPARE(result.isValid(), problem == PhoneProblem::None);
}

void TestPhoneNumbers::describeNamesTheNumber()
{
    for (auto problem :
         {PhoneProblem::Letters, PhoneProblem::Extension, PhoneProblem::NotANumber,
          PhoneProblem::InvalidCountryCode, PhoneProblem::TooShort, PhoneProblem::TooLong,
          PhoneProblem::InvalidForRegion, PhoneProblem::Duplicate}) {
        const QString text =
            PhoneNumbers::describe(problem, QStringLiteral(" 12ab "), QStringLiteral("GB"));
        QVERIFY2(text.contains(QLatin1String("\"12ab\"")), qPrintable(text));
    }
    QVERIFY(!PhoneNumbers::describe(PhoneProblem::Empty, {}, QStringLiteral("GB")).isEmpty());
    QVERIFY(PhoneNumbers::describe(PhoneProblem::None, QStringLiteral("1"), {}).isEmpty());
}

void TestPhoneNumbers::splitPasted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pieces");
    QTest::newRow("newlines") << "+1 415 555 2671\n+44 20 7183 8750\r\n"
                              << QStringList{QStringLiteral("+1 415 555 2671"),
                                             QStringLiteral("+44 20 7183 8750")};
    QTest::newRow("commas and semicolons") << "1; 2,3 ,, ;4"
                                           << QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                                          QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("one number keeps inner spaces")
        << " 020 7183 8750 " << QStringList{QStringLiteral("020 7183 8750")};
    QTest::newRow("nothing") << " ;\n, " << QStringList{};
}

void TestPhoneNumbers::splitPasted()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pieces);
    QCOMPARE(PhoneNumbers::splitPasted(text), pieces);
}

void TestPhoneNumbers::regions()
{
    const QStringList regions = PhoneNumbers::supportedRegions();
    QVERIFY(regions.size() > 200);
    for (const char *code : {"GB", "US", "DE", "FR", "JP", "CH"})
        QVERIFY(regions.contains(QLatin1String(code)));
    QCOMPARE(PhoneNumbers::countryCode(QStringLiteral("GB")), 44);
    QCOMPARE(PhoneNumbers::countryCode(QStringLiteral("JP")), 81);
}

// check() remembers its results: the same text asked again under another region, or with
// other spacing, is its own entry, and asking twice gives the same answer.
void TestPhoneNumbers::rememberedResultsFollowTheRegion()
{
    const QString national = QStringLiteral("020 7183 8750");
    const QString spacedNational = QLatin1Char(' ') + national;
    for (int round = 0; round < 2; ++round) {
        const PhoneNumberCheck gb = PhoneNumbers::check(national, QStringLiteral("GB"));
        QCOMPARE(gb.e164, QStringLiteral("+442071838750"));
        QCOMPARE(gb.typed, national);
        const PhoneNumberCheck us = PhoneNumbers::check(national, QStringLiteral("US"));
        QVERIFY(!us.isValid());
        QVERIFY(us.e164.isEmpty());
        const PhoneNumberCheck spaced = PhoneNumbers::check(spacedNational, QStringLiteral("GB"));
        QCOMPARE(spaced.typed, spacedNational); // the typed text is kept as typed
        QCOMPARE(spaced.e164, gb.e164);
    }
    // More distinct numbers than the memory holds: answers stay right when it starts again.
    for (int i = 0; i < 1200; ++i) {
        const QString digits = QStringLiteral("%1").arg(i % 1000, 4, 10, QLatin1Char('0'));
        QCOMPARE(
            PhoneNumbers::check(QStringLiteral("+44 20 7946 ") + digits, QStringLiteral("US")).e164,
            QStringLiteral("+44207946") + digits);
    }
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
