#include "app/sandbox/sandboxlog.h"

namespace seqring::sandbox
{

// Info and up by default: a line per request would flood every test run and --sandbox session.
Q_LOGGING_CATEGORY(lcSandbox, "seqring.sandbox", QtInfoMsg)

} // namespace seqring::sandbox
