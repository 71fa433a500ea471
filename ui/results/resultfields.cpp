#include "ui/results/resultfields.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <algorithm>

namespace seqring::resultfields
{

QLineEdit *idField(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics metrics = field->fontMetrics();
    const int wanted =
        metrics.horizontalAdvance(text) + metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const int column = metrics.horizontalAdvance(QLatin1Char('M'));
    field->setMinimumWidth(std::clamp(wanted, column * 36, column * 72));
    field->setCursorPosition(0);
    return field;
}

QPushButton *copyButton(const QString &label, const QString &objectName, QLineEdit *field,
                        QWidget *parent)
{
    auto *button =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy"),
                                         parent->style()->standardIcon(QStyle::SP_FileIcon)),
                        label, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    button->setEnabled(!field->text().isEmpty());
    QObject::connect(button, &QPushButton::clicked, field, [field] {
        if (!field->text().isEmpty())
            QApplication::clipboard()->setText(field->text());
    });
    return button;
}

} // namespace seqring::resultfields
