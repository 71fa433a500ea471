#pragma once

#include "app/client/apijob.h"
#include "app/client/apiresult.h"
#include "app/client/httprequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace seqring
{

class ApiClient;
class ApiJob;

// Whether the token can change anything, as far as an app can know: Webex has no
// endpoint that lists a token's scopes. Two honest signals are used, both per token and
// API root, for the session only:
//  - GET /people/me lists the administrator's roles; a read-only administrator (role
//    "id_readonly_admin", or its base64 role ID) cannot write whatever the token's scopes.
//  - A 403 on a write (POST, PUT, DELETE) means this token cannot write; it is
//    remembered, so Create says why before sending again.
// Anything else is unknown, and then nothing is blocked: the service decides.
class WriteAccess : public QObject
{
    Q_OBJECT
public:
    explicit WriteAccess(ApiClient *client, QObject *parent = nullptr);

    // Reads GET /people/me once per token and API root (a failure leaves it unknown).
    void check(const RequestContext &context);
    // Remembers a 403 answer to a write request of this token.
    void noteResult(const RequestContext &context, const ApiResult &result);
    // Why a write with this token will fail; empty when not known to fail.
    QString blockedReason(const RequestContext &context) const;

    // A /people/me request is in flight.
    bool isChecking() const { return m_pending > 0; }

    // A role of /people/me that is a read-only administrator's.
    static bool isReadOnlyRole(const QString &role);

Q_SIGNALS:
    void changed();

private:
    static QString key(const RequestContext &context);

    ApiClient *m_client;
    QSet<QString> m_checked;
    QHash<QString, QString> m_blocked; // session key -> reason
    int m_pending = 0;
};

} // namespace seqring
