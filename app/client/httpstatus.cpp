#include "app/client/httpstatus.h"

namespace seqring
{

QList<int> HttpStatus::documentedStatuses()
{
    return {200, 201, 202, 204, 400, 401, 403, 404, 405, 409,
            410, 415, 423, 428, 429, 500, 502, 503, 504};
}

QString HttpStatus::meaning(int status)
{
    switch (status) {
    case 200:
        return tr("OK (200): Webex answered the request.");
    case 201:
        return tr("Created (201): Webex created the item.");
    case 202:
        return tr("Accepted (202): Webex accepted the request and will finish it shortly. "
                  "Reload in a moment to see the result.");
    case 204:
        return tr("No content (204): Webex carried out the request.");
    case 400:
        return tr("Bad request (400): Webex could not accept the request as sent. Read the "
                  "server's message below, correct the field it names and try again.");
    case 401:
        return tr("Unauthorized (401): the access token is missing, wrong or has expired. "
                  "Sign in again or paste a fresh token, then try again.");
    case 403:
        return tr("Forbidden (403): the signed-in account may not do this. Use a full or "
                  "location administrator with the scope spark-admin:workspaces_write, and "
                  "check that the workspace has the Webex Calling Professional license.");
    case 404:
        return tr("Not found (404): the workspace, criteria or address does not exist, or "
                  "belongs to another organisation. Check the workspace and organisation "
                  "IDs and the API address.");
    case 405:
        return tr("Method not allowed (405): this address does not accept this kind of "
                  "request. Check the API address in the settings.");
    case 409:
        return tr("Conflict (409): the request conflicts with the workspace's current "
                  "settings, for example a criteria with the same schedule already exists. "
                  "Reload the criteria list and change the request.");
    case 410:
        return tr("Gone (410): the item is no longer available. Reload the list.");
    case 415:
        return tr("Unsupported media type (415): Webex did not accept the body's format. "
                  "This is a defect of this program; please report it with the details "
                  "below.");
    case 423:
        return tr("Locked (423): the item is temporarily locked by another change. Wait "
                  "the time shown and try again.");
    case 428:
        return tr("Precondition required (428): Webex needs a precondition this request "
                  "did not meet. Read the server's message below.");
    case 429:
        return tr("Too many requests (429): Webex is limiting how fast requests may be "
                  "sent, and did not process this one. Wait the time shown and try again.");
    case 500:
        return tr("Internal server error (500): something went wrong inside Webex. Try "
                  "again later; if it persists, contact Webex support with the tracking "
                  "ID.");
    case 502:
        return tr("Bad gateway (502): a Webex server got an invalid answer from another "
                  "one. Try again later.");
    case 503:
        return tr("Service unavailable (503): Webex is overloaded or under maintenance. "
                  "Try again later.");
    case 504:
        return tr("Gateway timeout (504): a Webex server did not answer in time. Try "
                  "again later.");
    default:
        break;
    }
    if (isSuccess(status))
        return tr("Success (%1): Webex answered the request.").arg(status);
    return tr("Webex answered with HTTP status %1, which this program does not know. Read "
              "the details below; if in doubt, contact Webex support with the tracking ID.")
        .arg(status);
}

QString HttpStatus::networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection. Check the API address and that the "
                  "service is running, then try again.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed unanswered; a create is never resent
        return tr("The server closed the connection before it answered. Check your network "
                  "and try again.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's name could not be found (DNS). Check the API address and "
                  "your network connection.");
    case QNetworkReply::TimeoutError:
        return tr("The server did not answer in time. Check your network and try again.");
    case QNetworkReply::OperationCanceledError:
        return tr("The request was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure (TLS) connection to the server could not be set up. Check the "
                  "API address, the system clock and any proxy that inspects traffic.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network connection was lost. Reconnect and try again.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy server could not be used. Check the system's proxy settings.");
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server redirected the request again and again (a redirect loop), so "
                  "it was stopped. Check the API address.");
    case QNetworkReply::InsecureRedirectError:
        return tr("The server redirected the request somewhere it may not go. Check the "
                  "API address.");
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return tr("The server's answer did not follow the HTTP protocol. Check the API "
                  "address.");
    default:
        break;
    }
    return tr("The request failed because of a network problem (code %1). Check your "
              "network connection and try again.")
        .arg(int(error));
}

} // namespace seqring
