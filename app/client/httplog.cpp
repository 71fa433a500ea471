#include "app/client/httplog.h"

Q_LOGGING_CATEGORY(lcHttp, "seqring.http", QtWarningMsg)
