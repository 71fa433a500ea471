#pragma once

#include "app/sandbox/sandboxrecorder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

namespace seqring::sandbox
{

// A local Webex-compatible API (Qt HttpServer on 127.0.0.1) with demo data and fault
// injection, used by `seqring-sandbox`, the app's --sandbox mode and the tests.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Data. By default the embedded demo fixture (:/sandbox/demo.json) is loaded.
    bool loadData(const QByteArray &json, QString *error = nullptr);
    // --state FILE: load from FILE (created from the demo data when missing) and save
    // every change back to it atomically.
    bool useStateFile(const QString &path, QString *error = nullptr);

    // Adds `count` workspaces to the demo organisation, spread over its locations, nine in
    // ten Professional, the rest with the basic workspace license ("Bulk Workspace 001", ...).
    // Their locations get schedules with events where they have none.
    bool generateWorkspaces(int count, QString *error = nullptr);

    // Binds 127.0.0.1:port (0 = chosen by the OS). Returns false with error on failure.
    bool start(quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    QString apiRoot() const; // http://127.0.0.1:PORT/v1

    // Tokens from the fixture.
    QString demoToken() const;     // full admin of the demo organisation
    QString readOnlyToken() const; // read-only admin of the demo organisation
    QString otherOrgToken() const; // full admin of another organisation
    // Full admin of the demo organisation without spark-admin:telephony_config_read.
    QString noTelephonyToken() const;
    QString demoOrgId() const;
    QString otherOrgId() const;

    // Sign-in (GET /v1/authorize, POST /v1/access_token): the demo integration, its
    // registered redirect URIs (exact; loopback port 6001 by default) and the life of the
    // access tokens it issues (--token-lifetime; 14 days by default).
    QString oauthClientId() const;
    QString oauthClientSecret() const;
    void registerRedirectUri(const QString &uri);
    void setTokenLifetime(qint64 seconds);
    // Test hooks for leak searches: the demo integration's client secret, and a text that
    // begins every access and refresh token issued from now on.
    void setOAuthClientSecret(const QString &secret);
    void setTokenMarker(const QString &marker);
    // Test hooks: issued access tokens stop working (401); refresh tokens are revoked.
    void expireAccessTokens();
    void revokeRefreshTokens();
    int codesExchanged() const; // authorization codes exchanged for tokens

    // Fault injection (also reachable from the command line of seqring-sandbox).
    void setRateLimit(int requests, int windowSeconds, int retryAfterSeconds = 1); // 0 = off
    // Each token's first window of the rate limit admits only `requests` (0: as the rest).
    void setFirstWindowLimit(int requests);
    // The next `count` requests answer `status` (with a Webex error body unless 2xx/429);
    // retryAfter >= 0 adds a Retry-After header (raw text, e.g. "3" or a garbage value).
    void forceStatus(int status, int count = 1, const QByteArray &retryAfter = {});
    void setLatency(int milliseconds);
    void dropConnections(int count);  // close the next `count` connections unanswered
    void dropAfterCreates(int count); // carry out the next `count` creates, answer none
    void dropAfterDeletes(int count); // carry out the next `count` deletes, answer none
    // Carry out the next `count` creates, then answer 201 with a body sent as fast as the
    // client reads it, without end (stopped after 1 GiB): 64 KiB chunks, or unchunked
    // without a Content-Length.
    void sendEndlessAfterCreates(int count, bool chunked = true);
    // Forced statuses and drops hit only creates (POST) from now on.
    void setFaultsOnCreatesOnly(bool createsOnly);
    // Forced statuses and drops hit only requests to `path` (e.g. "/v1/licenses"); empty:
    // any path.
    void setFaultPath(const QString &path);
    void sendMalformedReplies(int count); // next `count` answers: 2xx with broken JSON
    void sendOversizedReplies(int count, qint64 bytes = 2 * 1024 * 1024);
    void clearFaults();

    // The sandbox's own 409 rule (a second criteria with the same schedule and callsFrom on
    // a workspace is refused). On by default; off lets benchmarks create many alike.
    void setDuplicateRuleEnabled(bool enabled);
    bool isDuplicateRuleEnabled() const;

    // Another administrator at work, for tests of a client's check before it saves: merges
    // `fields` into a stored criteria, or deletes it. false when there is no such criteria.
    bool changeCriteria(const QString &workspaceId, const QString &criteriaId,
                        const QJsonObject &fields);
    bool removeCriteria(const QString &workspaceId, const QString &criteriaId);
    // The most requests received and not yet answered at one time.
    int maxRequestsInFlight() const;
    // GET {statsPath()} (outside the API) answers this: {"requests", "creates", "inFlight",
    // "maxInFlight"}, so that tests of another process can read the counters.
    static QString statsPath() { return QStringLiteral("/sandbox/stats"); }
    QByteArray statsJson() const;

    // What was received, oldest first.
    QList<RecordedRequest> receivedRequests() const;
    void clearReceivedRequests();

    // Current data (for assertions): the whole document as the fixture/state format.
    QJsonObject data() const;

Q_SIGNALS:
    void requestReceived(const seqring::sandbox::RecordedRequest &request);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace seqring::sandbox
