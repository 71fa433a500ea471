// libFuzzer target: the autosave reader (the file a previous run left in the data folder).
// Whatever it accepts must come back unchanged through the writer.
#include "app/files/autosavefile.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<AutosaveState> parsed = AutosaveFile::fromJson(fuzz::bytesOf(data, size));
    fuzz::require(parsed.ok() != !parsed.error.isEmpty(), "a value or a message, not both");
    if (!parsed.ok())
        return 0;
    const QByteArray json = AutosaveFile::toJson(*parsed.value);
    const Parsed<AutosaveState> again = AutosaveFile::fromJson(json);
    fuzz::require(again.ok(), "what was read can be read again once written");
    fuzz::require(AutosaveFile::toJson(*again.value) == json, "an autosave survives a round trip");
    return 0;
}
