#pragma once

#include "models/criteria.h"

#include <QCoreApplication>
#include <QStringList>

namespace seqring
{

// What changed between two versions of a criteria, in the wire keys' words, one line per
// field ("ringEnabled: true → false", "phoneNumbers: +442071838750 added").
class CriteriaDiff
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaDiff)
public:
    // The lines of what `after` changes against `before`, in the documented key order;
    // empty when they are equal.
    static QStringList lines(const Criteria &before, const Criteria &after);
    // `criteria` as the wire form says it: every phone number libphonenumber reads in E.164
    // (national numbers in `region`), so that "+49-61007739764" read back from the service
    // equals "+4961007739764"; with ANY_PHONE_NUMBER no numbers and both caller flags off,
    // as the wire form leaves them out.
    static Criteria normalized(const Criteria &criteria, const QString &region);
};

} // namespace seqring
