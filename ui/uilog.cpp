#include "ui/uilog.h"

Q_LOGGING_CATEGORY(lcUi, "seqring.ui", QtInfoMsg)
