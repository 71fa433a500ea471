#pragma once

#include <QCoreApplication>
#include <QString>

namespace seqring
{

// Why a typed phone number cannot be used.
enum class PhoneProblem {
    None,
    Empty,
    Letters,
    Extension,
    NotANumber,
    InvalidCountryCode,
    TooShort,
    TooLong,
    InvalidForRegion,
    Duplicate, // set by the validator: the same number appears earlier in the list
};

// What libphonenumber made of one typed number.
struct PhoneNumberCheck {
    QString typed;
    QString e164;   // normalised form; empty unless valid
    QString region; // region the number belongs to (e.g. "GB"), when known
    PhoneProblem problem = PhoneProblem::None;
    bool isValid() const { return problem == PhoneProblem::None; }
};

// Phone-number parsing and normalisation through libphonenumber.
class PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
public:
    // Parses what the admin typed; national numbers use defaultRegion (ISO 3166 code).
    // Pure, and remembered: asking again for the same text and region costs a look-up.
    static PhoneNumberCheck check(const QString &typed, const QString &defaultRegion);
    // A sentence naming the number and saying what to do.
    static QString describe(PhoneProblem problem, const QString &typed,
                            const QString &defaultRegion);
    // Regions libphonenumber knows, as ISO 3166 codes, sorted.
    static QStringList supportedRegions();
    // Country calling code of a region, e.g. 44 for GB; 0 when unknown.
    static int countryCode(const QString &region);
    // Splits pasted text on newlines, commas and semicolons; drops empty pieces.
    static QStringList splitPasted(const QString &text);
    // A number in international format for reading ("+44 20 7183 8750"); `number` is
    // parsed as check() does; returned unchanged when it is not a valid number.
    static QString international(const QString &number, const QString &defaultRegion);
};

} // namespace seqring
