#pragma once

#include "app/client/apiresult.h"

#include <QCoreApplication>
#include <QString>

namespace seqring
{

// The scopes the lookups need, and one sentence for a failed lookup that names the
// missing scope on 401 and 403.
class LookupError
{
    Q_DECLARE_TR_FUNCTIONS(LookupError)
public:
    static QString workspacesScope() { return QStringLiteral("spark-admin:workspaces_read"); }
    static QString telephonyScope() { return QStringLiteral("spark-admin:telephony_config_read"); }
    static QString licensesScope() { return QStringLiteral("spark-admin:licenses_read"); }

    // what: e.g. tr("the workspaces"); scope: the one the request needs.
    static QString describe(const ApiResult &result, const QString &what, const QString &scope);
};

} // namespace seqring
