#pragma once

#include "models/criteriavalidator.h"

#include <QIcon>
#include <QLabel>
#include <QPointer>

class QStyle;

namespace seqring
{

// The icon of a severity (error or warning): from the icon theme, else the style's own.
QIcon severityIcon(Severity severity, const QStyle *style);

// A small icon beside one input that shows the validator's issues for it.
//
// Hidden (but keeping its space) while there is no issue; with issues it shows the
// icon of the most severe one and every message in its tooltip. When a field widget is
// set, the messages also become that widget's accessible description, so a screen
// reader announces them with the field; the widget's own description returns when the
// issues are gone. Colours and icons come from the palette and the style only.
//
//     auto *marker = new FieldMarker(panel);
//     marker->setFieldWidget(workspaceEdit);
//     marker->setIssues(model->issuesFor(Field::WorkspaceId));
//
// ValidationDecorator does the last line for you whenever the model re-validates.
class FieldMarker : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMarker(QWidget *parent = nullptr);

    // The input this marker describes; may be null.
    void setFieldWidget(QWidget *field);
    QWidget *fieldWidget() const { return m_field; }

    void setIssues(const ValidationIssues &issues);
    ValidationIssues issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }
    // The messages, one a line; empty without issues.
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QPointer<QWidget> m_field;
    QString m_baseDescription; // the field's own accessible description
    ValidationIssues m_issues;
};

} // namespace seqring
