#pragma once

#include "models/phonenumber.h"

#include <QAbstractListModel>
#include <QStringList>

namespace seqring
{

// The phone numbers of a criteria as typed, with their E.164 form and validity.
class PhoneNumberListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TypedRole = Qt::UserRole + 1, // QString: what the admin typed
        NormalizedRole,               // QString: E.164, empty when invalid
        ValidRole,                    // bool
        ProblemRole,                  // QString: why the row is invalid, empty when valid
        StatusIconRole,               // QString: icon theme name for the row's state
    };

    explicit PhoneNumberListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString defaultRegion() const { return m_region; }
    void setDefaultRegion(const QString &region); // re-normalises every row

    // Adds one typed number; returns its row.
    int append(const QString &typed);
    void removeAt(int row);
    void setTyped(const QStringList &typed); // replaces all rows
    void clear();

    QStringList typed() const;
    // Wire form: E.164 where valid, else what was typed.
    QStringList wireNumbers() const;
    PhoneNumberCheck check(int row) const { return m_rows.at(row).check; }

    // Per-row messages from the validator (duplicates, invalid numbers); row -> message.
    void setRowMessages(const QHash<int, QString> &messages);

Q_SIGNALS:
    void numbersChanged();

private:
    struct Row {
        PhoneNumberCheck check;
        QString message;
    };
    QList<Row> m_rows;
    QString m_region = QStringLiteral("US");
};

} // namespace seqring
