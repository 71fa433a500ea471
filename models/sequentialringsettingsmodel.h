#pragma once

#include "models/criteriavalidator.h"
#include "models/sequentialringsettings.h"

#include <QObject>
#include <array>

namespace seqring
{

// A finding of the ring settings' validation, shown at its field.
struct RingIssue {
    enum class Part { Enabled, BaseLocationRings, Number, Rings };
    Part part = Part::Number;
    int slot = -1; // 0 to 4 for Number and Rings; -1 otherwise
    Severity severity = Severity::Error;
    QString message;
};

// The ring settings being edited (the settings editor binds to it): the on switch, the
// workspace's own rings, and five number slots rung in order. It validates after every
// change (numbers through libphonenumber, duplicates, rings 2 to 20, on without a number)
// and builds the PUT body with the numbers in E.164 and the empty slots left out.
class SequentialRingSettingsModel : public QObject
{
    Q_OBJECT
public:
    explicit SequentialRingSettingsModel(QObject *parent = nullptr);

    // Loads settings as read (numbers shown as read, normalised to E.164 when valid).
    void setSettings(const SequentialRingSettings &settings);
    // The settings as they would be sent.
    SequentialRingSettings settings() const;
    QByteArray putJson() const { return settings().toPutJson(); }

    bool enabled() const { return m_enabled; }
    bool ringBaseLocationFirst() const { return m_first; }
    int baseLocationRings() const { return m_baseRings; }
    bool continueIfBaseLocationIsBusy() const { return m_continueIfBusy; }
    bool callsToVoicemail() const { return m_voicemail; }
    QString number(int slot) const { return m_slots.at(slot).phoneNumber; }
    int rings(int slot) const { return m_slots.at(slot).rings; }
    bool answerConfirmation(int slot) const { return m_slots.at(slot).answerConfirmation; }
    QString defaultRegion() const { return m_region; }

    void setEnabled(bool on);
    void setRingBaseLocationFirst(bool on);
    void setBaseLocationRings(int rings);
    void setContinueIfBaseLocationIsBusy(bool on);
    void setCallsToVoicemail(bool on);
    void setNumber(int slot, const QString &typed);
    void setRings(int slot, int rings);
    void setAnswerConfirmation(int slot, bool on);
    // Swaps a slot with the one above or below it (the order is the ringing order).
    void moveUp(int slot);
    void moveDown(int slot);
    void setDefaultRegion(const QString &region);

    QList<RingIssue> issues() const { return m_issues; }
    // The first issue of a part (and slot), or an empty message.
    RingIssue issueFor(RingIssue::Part part, int slot = -1) const;
    bool hasErrors() const;

public Q_SLOTS:
    // Validates again, e.g. so that the messages are in a new interface language.
    void refreshMessages() { update(-1); }

Q_SIGNALS:
    // After every change, once the issues are up to date; `slot` is the changed row, or -1.
    void changed(int slot);

private:
    void update(int slot);
    template <typename T> void assign(T &member, const T &value, int slot);
    static bool ringsInRange(int rings) { return rings >= kMinRings && rings <= kMaxRings; }

    bool m_enabled = false;
    bool m_first = false;
    int m_baseRings = kMinRings;
    bool m_continueIfBusy = false;
    bool m_voicemail = false;
    std::array<RingNumber, kMaxRingNumbers> m_slots;
    QString m_region = QStringLiteral("US");
    QList<RingIssue> m_issues;
};

} // namespace seqring
