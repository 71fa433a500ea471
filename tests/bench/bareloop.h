#pragma once

#include "app/client/httprequest.h"

#include <QEventLoop>
#include <QList>
#include <QString>
#include <functional>

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

// Runs `loop` from `start` (the first send) until it quits, at most two minutes (then
// `problem` names `who`). Returns the wall time in ms, or -1 when `problem` was set.
double timedBatch(QEventLoop &loop, const std::function<void()> &start, const QString &who,
                  QString *problem);

} // namespace seqring::bench
