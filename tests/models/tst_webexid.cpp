// WebexId: IDs decoded and compared by what they identify.
#include "models/webexid.h"

#include <QTest>

using namespace seqring;

namespace
{

const QByteArray kUuid = "5f0bd1e2-9a1b-4c3d-8e7f-0123456789ab";
const QString kUuidText = QString::fromLatin1(kUuid);

// The ID of `uri` as Webex writes it: URL-safe base64 without padding, or with `options`.
QString idOf(const QByteArray &uri,
             QByteArray::Base64Options options = QByteArray::Base64UrlEncoding |
                                                 QByteArray::OmitTrailingEquals)
{
    return QString::fromLatin1(uri.toBase64(options));
}

} // namespace

// Tests the decoding and the comparison of Webex IDs.
class TestWebexId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void same_data();
    void same();
};

void TestWebexId::parse_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("decodes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("region");

    QTest::newRow("PLACES, url-safe, unpadded")
        << idOf("ciscospark://us/PLACES/" + kUuid) << true << "PLACE" << kUuidText << "us";
    QTest::newRow("PLACES, standard, padded")
        << idOf("ciscospark://us/PLACES/" + kUuid, QByteArray::Base64Encoding) << true << "PLACE"
        << kUuidText << "us";
    QTest::newRow("urn:TEAM form, upper-case UUID")
        << idOf("ciscospark://urn:TEAM:us-east-1_int13/PLACE/" + kUuid.toUpper()) << true << "PLACE"
        << kUuidText << "urn:TEAM:us-east-1_int13";
    QTest::newRow("spaces around")
        << QStringLiteral("  %1 ").arg(idOf("ciscospark://us/PEOPLE/" + kUuid)) << true << "PEOPLE"
        << kUuidText << "us";
    QTest::newRow("sandbox-style plain text") << "WS1" << false << ""
                                              << ""
                                              << "";
    QTest::newRow("empty") << "" << false << ""
                           << ""
                           << "";
    QTest::newRow("base64 of something else") << idOf("https://example.com/PLACES/x") << false << ""
                                              << ""
                                              << "";
    QTest::newRow("no UUID") << idOf("ciscospark://us/PLACES/") << false << ""
                             << ""
                             << "";
    QTest::newRow("no type") << idOf("ciscospark://" + kUuid) << false << ""
                             << ""
                             << "";
    QTest::newRow("not base64") << "ciscospark://us/PLACES/x" << false << ""
                                << ""
                                << "";
}

void TestWebexId::parse()
{
    QFETCH(QString, id);
    QFETCH(bool, decodes);
    QFETCH(QString, type);
    QFETCH(QString, uuid);
    QFETCH(QString, region);
    const auto decoded = WebexId::parse(id);
    QCOMPARE(decoded.has_value(), decodes);
    if (!decoded)
        return;
    QCOMPARE(decoded->type, type);
    QCOMPARE(decoded->uuid, uuid);
    QCOMPARE(decoded->region, region);
}

void TestWebexId::same_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    const QString places = idOf("ciscospark://us/PLACES/" + kUuid);
    QTest::newRow("identical") << places << places << true;
    QTest::newRow("the two published forms of one workspace")
        << places << idOf("ciscospark://urn:TEAM:us-east-1_int13/PLACE/" + kUuid.toUpper()) << true;
    QTest::newRow("padded and unpadded")
        << places << idOf("ciscospark://us/PLACES/" + kUuid, QByteArray::Base64Encoding) << true;
    QTest::newRow("another workspace")
        << places << idOf("ciscospark://us/PLACES/11111111-2222-3333-4444-555555555555") << false;
    QTest::newRow("a person with the same UUID")
        << places << idOf("ciscospark://us/PEOPLE/" + kUuid) << false;
    QTest::newRow("plain texts, equal") << "WS1"
                                        << " WS1" << true;
    QTest::newRow("plain texts, different case") << "WS1"
                                                 << "ws1" << false;
    QTest::newRow("one decodes, one does not") << places << kUuidText << false;
}

void TestWebexId::same()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(WebexId::same(a, b), same);
    QCOMPARE(WebexId::same(b, a), same);
    QCOMPARE(WebexId::key(a) == WebexId::key(b), same);
}

QTEST_GUILESS_MAIN(TestWebexId)
#include "tst_webexid.moc"
