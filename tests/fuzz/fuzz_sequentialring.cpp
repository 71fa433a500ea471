// libFuzzer target: the sequential ring reader (GET …/sequentialRing and one criteria).
#include "app/client/sequentialringreader.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(fuzz::bytesOf(data, size)).object();
    const SequentialRingSettings settings = SequentialRingSettings::fromJson(object);
    const auto listed = [&object](const char *key) {
        return object.value(QLatin1String(key)).toArray().size();
    };
    fuzz::require(settings.numbers.size() <= listed("phoneNumbers"), "numbers come from slots");
    fuzz::require(settings.criteria.size() == listed("criteria"), "every criteria is listed");
    const Parsed<Criteria> criteria = SequentialRingReader::criteriaFromJson(object);
    fuzz::require(criteria.ok() != !criteria.error.isEmpty(), "a value or a message, not both");
    return 0;
}
