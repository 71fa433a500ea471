#include "models/caller.h"

#include "models/phonenumber.h"

namespace seqring
{

Parsed<Caller> CallerParser::parse(const QString &text, const QString &defaultRegion)
{
    Parsed<Caller> parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("private"), Qt::CaseInsensitive) == 0) {
        parsed.value = Caller{Caller::Kind::Private, QString()};
        return parsed;
    }
    if (trimmed.compare(QLatin1String("unavailable"), Qt::CaseInsensitive) == 0) {
        parsed.value = Caller{Caller::Kind::Unavailable, QString()};
        return parsed;
    }
    const PhoneNumberCheck check = PhoneNumbers::check(trimmed, defaultRegion);
    if (!check.isValid()) {
        parsed.error = tr("Caller: %1 Or type private or unavailable.")
                           .arg(PhoneNumbers::describe(check.problem, trimmed, defaultRegion));
        return parsed;
    }
    parsed.value = Caller::ofNumber(check.e164);
    return parsed;
}

} // namespace seqring
