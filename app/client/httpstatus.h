#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QString>

namespace seqring
{

// What each HTTP status of the Webex operations and each transport failure means to an
// administrator, as translated sentences that also say what to do.
class HttpStatus
{
    Q_DECLARE_TR_FUNCTIONS(HttpStatus)
public:
    // The status table of the sequential ring operations (success and error codes).
    static QList<int> documentedStatuses();
    static bool isSuccess(int status) { return status >= 200 && status < 300; }

    // The meaning of `status` with advice. Codes outside the table get a generic
    // sentence naming the code; never empty.
    static QString meaning(int status);

    // A sentence for a transport failure (connection refused, host not found, TLS,
    // timeout, ...). Never empty.
    static QString networkErrorText(QNetworkReply::NetworkError error);
};

} // namespace seqring
