#pragma once

#include <QLoggingCategory>

// seqring.ui: what the window does (sends, dialogs). Never a token or an Authorization value.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
