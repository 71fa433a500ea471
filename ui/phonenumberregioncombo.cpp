#include "phonenumberregioncombo.h"

#include "phonenumber.h"

#include <QLocale>

namespace seqring {

PhoneNumberRegionCombo::PhoneNumberRegionCombo(QWidget *parent) : QComboBox(parent)
{
    setToolTip(tr("The region of numbers typed without + and a country code."));
    const QStringList regions = PhoneNumbers::supportedRegions();
    for (const QString &region : regions) {
        addItem(tr("%1 (+%2)").arg(region).arg(PhoneNumbers::countryCode(region)), region);
        const QLocale::Territory territory = QLocale::codeToTerritory(region);
        if (territory != QLocale::AnyTerritory)
            setItemData(count() - 1, QLocale::territoryToString(territory), Qt::ToolTipRole);
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT regionChosen(itemData(index).toString());
    });
}

bool PhoneNumberRegionCombo::setRegion(const QString &region)
{
    const int index = findData(region.trimmed().toUpper());
    if (index != currentIndex()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
    return index >= 0;
}

} // namespace seqring
