#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace seqring
{

// Bounds of the ring settings: five numbers rung in turn, each 2 to 20 rings.
inline constexpr int kMaxRingNumbers = 5;
inline constexpr int kMinRings = 2;
inline constexpr int kMaxRings = 20;

// One criteria as GET …/sequentialRing lists it.
struct CriteriaSummary {
    QString id;
    QString scheduleName;   // empty: all hours, all days
    bool allNumbers = true; // source ALL_NUMBERS, else SPECIFIC_NUMBERS
    bool ringEnabled = true;
};

// One of the up to five numbers rung in sequence.
struct RingNumber {
    QString phoneNumber;
    int rings = kMinRings;
    bool answerConfirmation = false;

    friend bool operator==(const RingNumber &a, const RingNumber &b)
    {
        return a.phoneNumber == b.phoneNumber && a.rings == b.rings &&
               a.answerConfirmation == b.answerConfirmation;
    }
};

// A workspace's sequential ring settings. The wire's quirks stay in fromJson and toPutJson:
// GET writes baseLocationNumberOfRings as a string and returns five number slots, the
// unused ones without a number; PUT takes an integer and only the numbers in use.
struct SequentialRingSettings {
    bool enabled = false;
    bool ringBaseLocationFirst = false;
    int baseLocationRings = kMinRings;
    bool continueIfBaseLocationIsBusy = false;
    bool callsToVoicemail = false;
    QList<RingNumber> numbers;       // only the used slots, in ringing order
    QList<CriteriaSummary> criteria; // read only; PUT does not take them

    static SequentialRingSettings fromJson(const QJsonObject &object);
    // The PUT body, indented, keys in the documented order, without the criteria.
    QByteArray toPutJson() const;
};

} // namespace seqring

Q_DECLARE_METATYPE(seqring::SequentialRingSettings)
