#include "ui/filechooser.h"

#include <QFileDialog>

namespace seqring
{

namespace
{
QFileDialog *made(QWidget *parent, const QString &title, const QString &path, const QString &filter,
                  const QString &objectName)
{
    auto *dialog = new QFileDialog(parent, title, path, filter);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    return dialog;
}
} // namespace

QFileDialog *FileChooser::toSave(QWidget *parent, const QString &title, const QString &path,
                                 const QString &filter, const QString &suffix,
                                 const QString &objectName)
{
    QFileDialog *dialog = made(parent, title, path, filter, objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    return dialog;
}

QFileDialog *FileChooser::toOpen(QWidget *parent, const QString &title, const QString &filter,
                                 const QString &objectName)
{
    QFileDialog *dialog = made(parent, title, QString(), filter, objectName);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return dialog;
}

} // namespace seqring
