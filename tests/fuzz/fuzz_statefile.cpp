// libFuzzer target: the state file reader (a file an admin exported, edited or wrote). What
// it accepts must come back through the writer the same: read again, it writes the same bytes.
#include "app/files/statefile.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Parsed<StateDocument> parsed = StateFileReader::fromJson(fuzz::bytesOf(data, size));
    fuzz::require(parsed.ok() != !parsed.error.isEmpty(), "a value or a message, not both");
    if (!parsed.ok())
        return 0;
    const QByteArray json = StateFileWriter::toJson(*parsed.value);
    const Parsed<StateDocument> again = StateFileReader::fromJson(json);
    fuzz::require(again.ok(), "what was read can be read again once written");
    fuzz::require(again.value->workspaces.size() == parsed.value->workspaces.size(),
                  "every workspace is written");
    fuzz::require(StateFileWriter::toJson(*again.value) == json,
                  "a state file survives a round trip");
    return 0;
}
