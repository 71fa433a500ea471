#pragma once

// IDs and names of the embedded demo fixture (resources/sandbox/demo.json) the tests use.
#include <QByteArray>
#include <QString>

namespace sandboxtest
{

inline QString londonReception() // Professional, London; has the seeded criteria
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU");
}
inline QString londonBoardroom() // Professional, London; no criteria
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
}
inline QString londonKitchen() // Webex Calling - Workspaces license only
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9iZGI0OTJmZC1mYTI5LTQ3OTEtOTcxZC00ZmMzNjQ0MWUyZDA");
}
inline QString sanJoseTraining() // freeCalling, not on Webex Calling
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy81ZTM1MDY5Mi05MjQ5LTRkM2ItYjViYS04ZTJjYWRkZjMxZjY");
}
inline QString lyonAccueil() // Professional, in the other organisation
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy81NmY1Zjc4MS05YmJlLTRiZGMtYWQyZC04OWRhYzczY2Y1NTc");
}
inline QString londonLocation()
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2MxYTliYWViLTRiOTUtNDQ1YS1iYzBlLWVlMmVhZDRmMTg0NQ");
}
inline QString sanJoseLocation()
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzU1ODQ5ZWQ2LTlkYWYtNGRmMC05YzQ3LWMyZTBlMjYyMzc1OQ");
}
inline QString seededCriteria() // on londonReception: London Business Hours, ANY_PHONE_NUMBER
{
    return QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzMxMzBiNmU2LTgxMjMtNDExNy1hODQ2LTBjYzk0ZWQ5Njc0YQ");
}
inline QString criteriaPath(const QString &workspaceId)
{
    return QLatin1String("/telephony/config/workspaces/") + workspaceId +
           QLatin1String("/sequentialRing/criteria");
}
inline QString settingsPath(const QString &workspaceId)
{
    return QLatin1String("/telephony/config/workspaces/") + workspaceId +
           QLatin1String("/sequentialRing");
}
// The example body of the API reference.
inline QByteArray seedExample()
{
    return QByteArrayLiteral(
        "{\"scheduleName\":\"Business Vacation\",\"scheduleType\":\"holidays\",\"scheduleLevel\":"
        "\"GROUP\",\"callsFrom\":\"SELECT_PHONE_NUMBERS\",\"anonymousCallersEnabled\":true,"
        "\"unavailableCallersEnabled\":false,\"phoneNumbers\":[\"+442071838750\","
        "\"+442071839751\"],\"ringEnabled\":true}");
}

} // namespace sandboxtest
