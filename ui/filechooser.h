#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace seqring
{

// The file dialogs of the windows, made alike: Qt's own dialog (the same on every desktop,
// and found by tests through `objectName`), deleted once closed. The caller connects
// fileSelected and opens it (open(), never exec()).
class FileChooser
{
public:
    // To save as `path` (a name, or a path to start in); `suffix` is added when none is typed.
    static QFileDialog *toSave(QWidget *parent, const QString &title, const QString &path,
                               const QString &filter, const QString &suffix,
                               const QString &objectName);
    // To open an existing file.
    static QFileDialog *toOpen(QWidget *parent, const QString &title, const QString &filter,
                               const QString &objectName);
};

} // namespace seqring
