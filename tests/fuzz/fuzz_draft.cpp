// libFuzzer target: the draft reader (the files Open reads). Whatever it accepts must
// come back unchanged through the writer.
#include "app/files/draftfile.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<Draft> parsed = DraftFile::fromJson(fuzz::bytesOf(data, size));
    fuzz::require(parsed.ok() != !parsed.error.isEmpty(), "a value or a message, not both");
    if (!parsed.ok())
        return 0;
    const Parsed<Draft> again = DraftFile::fromJson(DraftFile::toJson(*parsed.value));
    fuzz::require(again.ok() && *again.value == *parsed.value, "a draft survives a round trip");
    return 0;
}
