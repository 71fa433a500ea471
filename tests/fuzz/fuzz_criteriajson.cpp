// libFuzzer target: the criteria JSON reader (a draft's or a preview's body). Whatever it
// accepts must come back unchanged through the writer.
#include "models/criteria.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<Criteria> parsed = CriteriaJson::fromJson(fuzz::bytesOf(data, size));
    fuzz::require(parsed.ok() != !parsed.error.isEmpty(), "a value or a message, not both");
    if (!parsed.ok())
        return 0;
    const Parsed<Criteria> again = CriteriaJson::fromJson(CriteriaJson::toJson(*parsed.value));
    fuzz::require(again.ok() && *again.value == *parsed.value, "criteria survive a round trip");
    return 0;
}
