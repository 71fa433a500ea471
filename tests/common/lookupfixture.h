#pragma once

// The sandbox and a client for the lookup tests, with the demo fixture's IDs.
#include "app/client/apiclient.h"
#include "app/client/httprequest.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"

#include <QTest>
#include <memory>

namespace seqring::test
{

// An in-process sandbox on port 0 and an ApiClient aimed at it with the demo token.
struct LookupFixture {
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ApiClient> client;

    bool start()
    {
        server = std::make_unique<sandbox::SandboxServer>();
        client = std::make_unique<ApiClient>();
        client->setRetryDelayScale(0.01);
        return server->start();
    }
    void stop()
    {
        client.reset();
        server.reset();
    }
    RequestContext context(const QString &token = {}, const QString &workspaceId = {}) const
    {
        RequestContext c;
        c.apiRoot = server->apiRoot();
        c.token = token.isEmpty() ? server->demoToken() : token;
        c.workspaceId = workspaceId;
        return c;
    }
    // GET requests the sandbox received whose path ends with `suffix`.
    QList<sandbox::RecordedRequest> received(const QString &suffix) const
    {
        QList<sandbox::RecordedRequest> out;
        for (const auto &request : server->receivedRequests()) {
            if (request.path.endsWith(suffix))
                out.append(request);
        }
        return out;
    }
};

} // namespace seqring::test
