// libFuzzer target: phone-number input as typed or pasted. The first byte chooses the
// default region; a valid number is E.164 and checks as valid again. Of one paste the
// editor adds, and so checks, at most kMaxPhoneNumbers numbers (the rest stays in its input
// field); the target checks those.
#include "models/criteria.h"
#include "models/phonenumber.h"
#include "tests/fuzz/fuzzinput.h"

#include <QStringList>

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList regions = PhoneNumbers::supportedRegions();
    if (size < 1 || regions.isEmpty())
        return 0;
    const QString region = data[0] == 0xff ? QString() : regions.at(data[0] % regions.size());
    const QString text = QString::fromUtf8(fuzz::bytesOf(data + 1, size - 1));
    const QStringList pasted = PhoneNumbers::splitPasted(text);
    for (const QString &typed : pasted.mid(0, kMaxPhoneNumbers)) {
        const PhoneNumberCheck check = PhoneNumbers::check(typed, region);
        fuzz::require(!PhoneNumbers::describe(check.problem, typed, region).isEmpty() ||
                          check.isValid(),
                      "a problem has a sentence");
        if (!check.isValid())
            continue;
        fuzz::require(check.e164.startsWith(QLatin1Char('+')), "valid numbers are E.164");
        fuzz::require(PhoneNumbers::check(check.e164, region).e164 == check.e164,
                      "E.164 is a fixed point");
    }
    return 0;
}
