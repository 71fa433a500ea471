#pragma once

#include <QLoggingCategory>

// seqring.http: one line per request sent and per answer (method, URL, status, time,
// tracking ID). Never a token, an Authorization value or a body.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
