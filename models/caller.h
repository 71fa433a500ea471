#pragma once

#include "models/criteria.h"

#include <QCoreApplication>
#include <QString>

namespace seqring
{

// Who calls, as the rules of a call see it: a number, a private caller (the number withheld)
// or an unavailable one (no number came with the call).
struct Caller {
    enum class Kind { Number, Private, Unavailable };
    Kind kind = Kind::Unavailable;
    QString number; // E.164 when kind is Number

    static Caller ofNumber(const QString &e164) { return {Kind::Number, e164}; }
};

// Reads the caller field of the "what happens to a call" check.
class CallerParser
{
    Q_DECLARE_TR_FUNCTIONS(CallerParser)
public:
    // `private`, `unavailable` (any case), or a phone number read with libphonenumber,
    // national numbers in `defaultRegion`. A number that does not parse is an error naming
    // the field, the value and what to type.
    static Parsed<Caller> parse(const QString &text, const QString &defaultRegion);
};

} // namespace seqring
