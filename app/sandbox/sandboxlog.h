#pragma once

#include <QLoggingCategory>

namespace seqring::sandbox
{

// seqring.sandbox, the sandbox server's log: an info line when it starts listening and a
// debug line per request handled (method, path, status, time), never a header, token, query
// or body. Debug is off unless enabled, e.g. QT_LOGGING_RULES="seqring.sandbox.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace seqring::sandbox
