#pragma once

// The criteria of the operation's documented example body, shared by the tests.
#include "models/criteria.h"

namespace seqring::test
{

// "Business Vacation" (holidays, GROUP), selected numbers +442071838750 and
// +442071839751, private callers on, unavailable callers off, ringing.
inline Criteria documentedSeed()
{
    Criteria c;
    c.schedule =
        Schedule{QStringLiteral("Business Vacation"), ScheduleType::Holidays, ScheduleLevel::Group};
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    c.anonymousCallersEnabled = true;
    c.unavailableCallersEnabled = false;
    c.phoneNumbers = {QStringLiteral("+442071838750"), QStringLiteral("+442071839751")};
    c.ringEnabled = true;
    return c;
}

} // namespace seqring::test
