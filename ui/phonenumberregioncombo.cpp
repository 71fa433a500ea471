#include "ui/phonenumberregioncombo.h"

#include "models/phonenumber.h"

#include <QEvent>
#include <QLocale>

namespace seqring
{

PhoneNumberRegionCombo::PhoneNumberRegionCombo(QWidget *parent) : QComboBox(parent)
{
    const QStringList regions = PhoneNumbers::supportedRegions();
    for (const QString &region : regions) {
        addItem(QString(), region); // the text is set by retranslate()
        const QLocale::Territory territory = QLocale::codeToTerritory(region);
        if (territory != QLocale::AnyTerritory)
            setItemData(count() - 1, QLocale::territoryToString(territory), Qt::ToolTipRole);
    }
    retranslate();
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT regionChosen(itemData(index).toString());
    });
}

void PhoneNumberRegionCombo::retranslate()
{
    setToolTip(tr("The region of numbers typed without + and a country code."));
    // Changing an entry's text keeps the current index and emits nothing.
    for (int i = 0; i < count(); ++i) {
        const QString region = itemData(i).toString();
        setItemText(i, tr("%1 (+%2)").arg(region).arg(PhoneNumbers::countryCode(region)));
    }
}

void PhoneNumberRegionCombo::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
