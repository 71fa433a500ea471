#pragma once

#include <QLoggingCategory>

// seqring.http: one line per request sent and per answer (method, URL, status, time,
// tracking ID). Never a token, an Authorization value or a body. Off unless asked for
// (`seqring-admin --verbose`, or QT_LOGGING_RULES="seqring.http.info=true"): two lines a
// request written to standard error cost a busy client more than the rest of its work.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
