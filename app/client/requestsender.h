#pragma once

#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QObject>
#include <functional>

namespace seqring
{

// Sends a request on a reader's behalf and calls `done` with its answer unless `receiver` is
// gone. A bulk run's RequestGate is one (RequestGate::sender(): a slot per request, and a 429
// pauses the whole run); a reader without one sends through its ApiClient.
using RequestSender = std::function<void(const HttpRequestSpec &, QObject *receiver,
                                         std::function<void(const ApiResult &)> done)>;

} // namespace seqring
