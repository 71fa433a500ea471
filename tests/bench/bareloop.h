#pragma once

#include "httprequest.h"

#include <QList>
#include <QString>

namespace seqring::bench
{

// The create round trip's baseline: a bare QNetworkAccessManager (a fresh one per batch,
// as the client's is) sends `specs` one after the other, each when the previous one has
// answered, with the spec's URL, headers and body and nothing of the project's client.
// With `oneShotBody` each body goes as the client sends a create (OneShotBody, unbuffered,
// with its Content-Length), so that the difference to a plain post is the re-send guard's
// cost. Returns the batch's wall time in ms (first send to last answer), or -1 with
// `problem` set (an answer other than 201).
double bareBatch(const QList<HttpRequestSpec> &specs, bool oneShotBody, QString *problem);

} // namespace seqring::bench
