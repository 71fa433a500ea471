#pragma once

#include "app/client/apiresult.h"
#include "app/client/httpstatus.h"

#include <QNetworkReply>

// The rules by which an ApiJob reads how an exchange ended.
namespace seqring::apijob
{

// A failure of the connection rather than an HTTP answer. Qt also reports some HTTP
// statuses as "protocol" errors (400 is ProtocolInvalidOperationError), so those count
// as transport failures only when no status arrived.
inline bool isTransportError(QNetworkReply::NetworkError error, int status)
{
    const int code = int(error);
    return (code > 0 && code < 200) || (status == 0 && error != QNetworkReply::NoError);
}

// Failures that happen before the request reaches the server.
inline bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

constexpr qint64 kMaxHeaderBytes = 64 * 1024; // of one answer, names and values

// Whether the server may have carried out a request that ended with `kind` after it
// answered `status` (0: no status yet). A 2xx said it did the work, a 5xx or no status
// leaves it open; a 3xx or 4xx said no. A cancel may have reached the server at any time.
inline bool mayHaveBeenProcessed(ApiError::Kind kind, int status)
{
    if (kind == ApiError::Kind::Cancelled)
        return true;
    if (kind == ApiError::Kind::RedirectRefused)
        return false;
    return status == 0 || HttpStatus::isSuccess(status) || status >= 500;
}

} // namespace seqring::apijob
