#pragma once

#include <QComboBox>

namespace seqring
{

// Chooses the default region for national phone numbers: every region libphonenumber
// supports, shown with its calling code (e.g. "GB (+44)"), the country name as tooltip.
class PhoneNumberRegionCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit PhoneNumberRegionCombo(QWidget *parent = nullptr);

    // ISO 3166 code of the chosen region, e.g. "GB"; empty when none.
    QString region() const { return currentData().toString(); }
    // Chooses a region without emitting regionChosen; false when it is not offered.
    bool setRegion(const QString &region);

Q_SIGNALS:
    // The admin chose a region.
    void regionChosen(const QString &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Sets the tooltip and every entry's text in the current language.
    void retranslate();
};

} // namespace seqring
