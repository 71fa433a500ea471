#include "ui/phonenumbericonproxy.h"

#include "models/phonenumberlistmodel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace seqring
{

PhoneNumberIconProxy::PhoneNumberIconProxy(QWidget *styleSource, QObject *parent)
    : QIdentityProxyModel(parent), m_styleSource(styleSource)
{
}

QVariant PhoneNumberIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QString name =
        QIdentityProxyModel::data(index, PhoneNumberListModel::StatusIconRole).toString();
    if (name.isEmpty())
        return {};
    return iconFor(name);
}

void PhoneNumberIconProxy::refreshRows()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void PhoneNumberIconProxy::clearIconCache()
{
    m_icons.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}

QIcon PhoneNumberIconProxy::iconFor(const QString &themeName) const
{
    const auto cached = m_icons.constFind(themeName);
    if (cached != m_icons.cend())
        return *cached;
    const QStyle *style = m_styleSource ? m_styleSource->style() : QApplication::style();
    QStyle::StandardPixmap standard = QStyle::SP_MessageBoxWarning;
    if (themeName == QLatin1String("emblem-ok") || themeName == QLatin1String("dialog-ok"))
        standard = QStyle::SP_DialogApplyButton;
    else if (themeName == QLatin1String("dialog-error"))
        standard = QStyle::SP_MessageBoxCritical;
    const QIcon icon = QIcon::fromTheme(themeName, style->standardIcon(standard));
    m_icons.insert(themeName, icon);
    return icon;
}

} // namespace seqring
