#pragma once

#include "models/criteria.h"

namespace seqring
{

// A saved form: the request body plus the target workspace and organisation.
struct Draft {
    Criteria criteria;
    QString workspaceId;
    QString orgId;

    friend bool operator==(const Draft &a, const Draft &b)
    {
        return a.criteria == b.criteria && a.workspaceId == b.workspaceId && a.orgId == b.orgId;
    }
};

// Reads and writes draft files (JSON).
class DraftJson
{
    Q_DECLARE_TR_FUNCTIONS(DraftJson)
public:
    static QByteArray toJson(const Draft &draft);
    static Parsed<Draft> fromJson(const QByteArray &json);
};

} // namespace seqring
