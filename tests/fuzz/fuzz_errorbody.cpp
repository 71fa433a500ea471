// libFuzzer target: the answer reader (error bodies, tracking IDs, Retry-After, the
// redacted details text). The first two bytes choose the status, the rest is the body;
// the request's token never appears in what is shown.
#include "app/client/responsereader.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray token = QByteArrayLiteral("FUZZ-token-0123456789");
    if (size < 2)
        return 0;
    HttpRequestSpec request;
    request.method = QByteArrayLiteral("POST");
    request.url = QUrl(QStringLiteral("https://webexapis.com/v1/x"));
    request.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + token}};
    HttpAnswer answer;
    answer.status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest = fuzz::bytesOf(data + 2, size - 2);
    const qsizetype split = rest.indexOf("\n\n");
    answer.body = split < 0 ? rest : rest.mid(split + 2);
    if (split >= 0) {
        for (const QByteArray &line : rest.left(split).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
    }
    const ApiResult result = ResponseReader::read(request, answer);
    fuzz::require(result.ok != result.error.isError(), "success or an error");
    fuzz::require(!result.rawResponse.text().contains(QString::fromLatin1(token)),
                  "token redacted");
    fuzz::require(!result.error.text().isEmpty() || result.ok, "an error has a text");
    return 0;
}
