#include "models/phonenumber.h"

#include <QHash>
#include <QRegularExpression>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace seqring
{

namespace
{

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool hasLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

bool hasDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

PhoneProblem fromParseError(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return PhoneProblem::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneProblem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneProblem::TooLong;
    case PhoneNumberUtil::NOT_A_NUMBER:
        break;
    }
    return PhoneProblem::NotANumber;
}

PhoneProblem fromPossibility(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneProblem::InvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return PhoneProblem::TooLong;
    default:
        return PhoneProblem::InvalidForRegion;
    }
}

// The uncached parse behind PhoneNumbers::check.
PhoneNumberCheck parse(const QString &typed, const QString &defaultRegion);

// The last results of check(), per thread: an edit re-checks the eleven numbers that did
// not change (the list model and the validator both ask), so each edit parses one number,
// not twelve. A libphonenumber parse costs tens of microseconds; a look-up here, well
// under one. Bounded: when it is full it starts again.
class CheckCache
{
public:
    static constexpr qsizetype kCapacity = 512;

    PhoneNumberCheck check(const QString &typed, const QString &defaultRegion)
    {
        QString key;
        key.reserve(defaultRegion.size() + 1 + typed.size());
        key.append(defaultRegion).append(QChar(0x1f)).append(typed);
        if (const auto found = m_results.constFind(key); found != m_results.constEnd())
            return *found;
        if (m_results.size() >= kCapacity)
            m_results.clear();
        const PhoneNumberCheck result = parse(typed, defaultRegion);
        m_results.insert(key, result);
        return result;
    }

private:
    QHash<QString, PhoneNumberCheck> m_results;
};

} // namespace

PhoneNumberCheck PhoneNumbers::check(const QString &typed, const QString &defaultRegion)
{
    thread_local CheckCache cache;
    return cache.check(typed, defaultRegion);
}

namespace
{

PhoneNumberCheck parse(const QString &typed, const QString &defaultRegion)
{
    PhoneNumberCheck result;
    result.typed = typed;
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        result.problem = PhoneProblem::Empty;
        return result;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region = defaultRegion.trimmed().toUpper().toStdString();

    PhoneNumber number;
    auto error = util->Parse(text.toStdString(), region, &number);
    // "00" is the international prefix in most of the world: accept it whatever the region.
    if ((error != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) &&
        text.startsWith(QLatin1String("00"))) {
        PhoneNumber international;
        const auto retry = util->Parse("+" + text.mid(2).toStdString(), region, &international);
        if (retry == PhoneNumberUtil::NO_PARSING_ERROR && util->IsValidNumber(international)) {
            number = international;
            error = retry;
        }
    }
    if (error == PhoneNumberUtil::NO_PARSING_ERROR && number.has_extension()) {
        result.problem = PhoneProblem::Extension;
        return result;
    }
    if (hasLetters(text)) {
        result.problem = PhoneProblem::Letters;
        return result;
    }
    if (!hasDigits(text)) {
        result.problem = PhoneProblem::NotANumber;
        return result;
    }
    if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.problem = fromParseError(error);
        return result;
    }
    std::string regionOfNumber;
    util->GetRegionCodeForNumber(number, &regionOfNumber);
    result.region = QString::fromStdString(regionOfNumber);
    if (!util->IsValidNumber(number)) {
        result.problem = fromPossibility(util->IsPossibleNumberWithReason(number));
        return result;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    result.e164 = QString::fromStdString(e164);
    return result;
}

} // namespace

QString PhoneNumbers::international(const QString &number, const QString &defaultRegion)
{
    const PhoneNumberCheck checked = check(number, defaultRegion);
    if (!checked.isValid())
        return number;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(checked.e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return number;
    std::string text;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &text);
    return QString::fromStdString(text);
}

QString PhoneNumbers::describe(PhoneProblem problem, const QString &typed,
                               const QString &defaultRegion)
{
    const QString shown = typed.trimmed();
    switch (problem) {
    case PhoneProblem::None:
        return {};
    case PhoneProblem::Empty:
        return tr("The phone number is empty. Type a number such as +44 20 7183 8750.");
    case PhoneProblem::Letters:
        return tr("\"%1\" contains letters. Type digits only, for example +44 20 7183 8750.")
            .arg(shown);
    case PhoneProblem::Extension:
        return tr("\"%1\" has an extension. Sequential ring criteria match whole numbers: "
                  "remove the extension.")
            .arg(shown);
    case PhoneProblem::NotANumber:
        return tr("\"%1\" is not a phone number. Type digits, optionally starting with +.")
            .arg(shown);
    case PhoneProblem::InvalidCountryCode:
        return tr("\"%1\" has no valid country code. Start it with + and the country code, "
                  "or choose the default region for national numbers.")
            .arg(shown);
    case PhoneProblem::TooShort:
        return tr("\"%1\" is too short to be a phone number. Short codes and extensions "
                  "cannot be used; type the full number.")
            .arg(shown);
    case PhoneProblem::TooLong:
        return tr("\"%1\" is too long to be a phone number. Check the digits.").arg(shown);
    case PhoneProblem::InvalidForRegion:
        return tr("\"%1\" is not a valid number for its region (default region %2). Check "
                  "the digits, or add + and the country code.")
            .arg(shown, defaultRegion);
    case PhoneProblem::Duplicate:
        return tr("\"%1\" is already in the list (the same number written differently). "
                  "Remove one of them.")
            .arg(shown);
    }
    return {};
}

QStringList PhoneNumbers::supportedRegions()
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QStringList out;
    out.reserve(qsizetype(regions.size()));
    for (const std::string &region : regions)
        out.append(QString::fromStdString(region));
    return out; // std::set is already sorted
}

int PhoneNumbers::countryCode(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString());
}

QStringList PhoneNumbers::splitPasted(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;]+"));
    QStringList out;
    const QStringList pieces = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QString trimmed = piece.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace seqring
