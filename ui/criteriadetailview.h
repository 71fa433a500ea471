#pragma once

#include "models/criteria.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

// One existing criteria, read-only, with "Edit", "Use as template" and "Delete…".
class CriteriaDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit CriteriaDetailView(QWidget *parent = nullptr);

    // Shows a criteria; an empty id clears the view.
    void setCriteria(const QString &id, const std::optional<Criteria> &criteria);
    void setMessage(const QString &text);
    QString criteriaId() const { return m_id; }
    std::optional<Criteria> criteria() const { return m_criteria; }
    // "schedule \"X\", all numbers, rings": how the confirmation names it.
    QString describe() const;

    QPushButton *editButton() const { return m_edit; }
    QPushButton *templateButton() const { return m_template; }
    QPushButton *deleteButton() const { return m_delete; }
    QString fieldText(const char *objectName) const;

Q_SIGNALS:
    void useAsTemplate(const seqring::Criteria &criteria);
    void deleteRequested(const QString &id);
    void editRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addRow(const QString &label, const char *objectName);

    QString m_id;
    std::optional<Criteria> m_criteria;
    QLabel *m_message;
    QList<QLineEdit *> m_fields;
    QList<QLabel *> m_titles;
    void retranslate();
    QPushButton *m_edit;
    QPushButton *m_template;
    QPushButton *m_delete;
};

} // namespace seqring
