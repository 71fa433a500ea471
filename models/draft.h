#pragma once

#include "models/criteria.h"

namespace seqring
{

// A saved form: the request body plus the target workspace and organisation. Its file
// format (reader and writer) is DraftFile's.
struct Draft {
    Criteria criteria;
    QString workspaceId;
    QString orgId;

    friend bool operator==(const Draft &a, const Draft &b)
    {
        return a.criteria == b.criteria && a.workspaceId == b.workspaceId && a.orgId == b.orgId;
    }
};

} // namespace seqring
