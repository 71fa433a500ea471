#pragma once

// Faults for bulk tests that need more than one at a time from the sandbox.
#include "app/sandbox/sandboxserver.h"

#include <QObject>
#include <QString>

namespace seqring::test
{

// The first create is carried out and its answer lost (the connection closes), so the run
// checks whether it was made; that check's read of the workspace's sequential ring (the next
// GET of it) answers 429 with Retry-After 4. `ring` gets that sequential ring's path.
inline void loseFirstCreateThenRateLimitItsCheck(sandbox::SandboxServer *server, QObject *context,
                                                 QString *ring)
{
    server->dropAfterCreates(1);
    QObject::connect(server, &sandbox::SandboxServer::requestReceived, context,
                     [server, ring](const sandbox::RecordedRequest &request) {
                         if (request.method != "POST" || !ring->isEmpty())
                             return;
                         *ring = request.path.chopped(int(qstrlen("/criteria")));
                         server->setFaultPath(*ring);
                         server->forceStatus(429, 1, "4");
                     });
}

} // namespace seqring::test
