#include "models/phonenumberlistmodel.h"

namespace seqring
{

PhoneNumberListModel::PhoneNumberListModel(QObject *parent) : QAbstractListModel(parent) {}

int PhoneNumberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PhoneNumberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool valid = row.check.isValid() && row.message.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (row.check.isValid() && row.check.e164 != row.check.typed.trimmed())
            return QString(row.check.typed.trimmed() + QStringLiteral("  \u2192  ") +
                           row.check.e164);
        return row.check.typed.trimmed();
    case Qt::ToolTipRole:
    case ProblemRole:
        if (!row.message.isEmpty())
            return row.message;
        if (role == Qt::ToolTipRole && valid)
            return tr("Sent as %1").arg(row.check.e164);
        return valid ? QString()
                     : PhoneNumbers::describe(row.check.problem, row.check.typed, m_region);
    case TypedRole:
        return row.check.typed;
    case NormalizedRole:
        return row.check.e164;
    case ValidRole:
        return valid;
    case StatusIconRole:
        return valid ? QStringLiteral("emblem-ok") : QStringLiteral("dialog-error");
    default:
        return {};
    }
}

QHash<int, QByteArray> PhoneNumberListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypedRole, "typed");
    names.insert(NormalizedRole, "normalized");
    names.insert(ValidRole, "valid");
    names.insert(ProblemRole, "problem");
    names.insert(StatusIconRole, "statusIcon");
    return names;
}

void PhoneNumberListModel::setDefaultRegion(const QString &region)
{
    const QString normalized = region.trimmed().toUpper();
    if (normalized == m_region)
        return;
    m_region = normalized;
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows)
        row.check = PhoneNumbers::check(row.check.typed, m_region);
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT numbersChanged();
}

int PhoneNumberListModel::append(const QString &typed)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({PhoneNumbers::check(typed, m_region), {}});
    endInsertRows();
    Q_EMIT numbersChanged();
    return row;
}

void PhoneNumberListModel::removeAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT numbersChanged();
}

void PhoneNumberListModel::setTyped(const QStringList &typed)
{
    if (typed == this->typed())
        return;
    beginResetModel();
    m_rows.clear();
    for (const QString &text : typed)
        m_rows.append({PhoneNumbers::check(text, m_region), {}});
    endResetModel();
    Q_EMIT numbersChanged();
}

void PhoneNumberListModel::clear()
{
    setTyped({});
}

QStringList PhoneNumberListModel::typed() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.check.typed);
    return out;
}

QStringList PhoneNumberListModel::wireNumbers() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.check.isValid() ? row.check.e164 : row.check.typed.trimmed());
    return out;
}

void PhoneNumberListModel::setRowMessages(const QHash<int, QString> &messages)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString message = messages.value(i);
        if (m_rows[i].message == message)
            continue;
        m_rows[i].message = message;
        Q_EMIT dataChanged(index(i), index(i));
    }
}

} // namespace seqring
