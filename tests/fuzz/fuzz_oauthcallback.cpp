// libFuzzer target: the query of the browser's answer on a sign-in's redirect, mapped as Qt
// NetworkAuth's reply handler maps it (OAuthCallback::itemsOf) and checked against the
// state the sign-in sent (OAuthCallback::check). Only an answer with that state and a code
// is accepted; an error= is never accepted.
#include "app/signin/oauthcallback.h"
#include "tests/fuzz/fuzzinput.h"

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString state = QStringLiteral("c3RhdGUtb2YtdGhpcy1zaWduLWlu");
    const QString query = QString::fromUtf8(fuzz::bytesOf(data, size));
    const QVariantMap items = OAuthCallback::itemsOf(query);
    const OAuthCallback callback = OAuthCallback::check(items, state);
    const QString error = items.value(QStringLiteral("error")).toString();
    using Verdict = OAuthCallback::Verdict;
    fuzz::require((callback.verdict == Verdict::Denied) ==
                      (error == QLatin1String("access_denied")),
                  "access_denied is a denial and nothing else is");
    fuzz::require(error.isEmpty() || callback.verdict == Verdict::Denied ||
                      callback.verdict == Verdict::Refused,
                  "an error= is never accepted");
    if (callback.verdict == Verdict::Accepted) {
        fuzz::require(!callback.code.isEmpty(), "an accepted answer has a code");
        fuzz::require(items.value(QStringLiteral("state")).toString() == state,
                      "an accepted answer has this sign-in's state");
    }
    fuzz::require(OAuthCallback::check(items, QString()).verdict != Verdict::Accepted,
                  "no answer is accepted for a sign-in without a state");
    return 0;
}
