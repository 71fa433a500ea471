#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPointer>

class QWidget;

namespace seqring
{

// Shows a PhoneNumberListModel in a view: turns each row's StatusIconRole (an icon theme
// name) into a QIcon for Qt::DecorationRole, falling back to the style's standard icons.
class PhoneNumberIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    // styleSource: the widget whose style supplies fallback icons (usually the view).
    explicit PhoneNumberIconProxy(QWidget *styleSource, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Tells views every row may read differently (e.g. after a default region change).
    void refreshRows();
    // Drops cached icons, e.g. after a style or palette change.
    void clearIconCache();

private:
    QIcon iconFor(const QString &themeName) const;

    QPointer<QWidget> m_styleSource;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace seqring
