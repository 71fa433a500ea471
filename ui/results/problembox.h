#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace seqring
{

// The box that tells of a problem needing no answer but OK: a warning opened (never run)
// over `parent`, deleted once closed. `objectName` lets tests find it.
class ProblemBox
{
public:
    static QMessageBox *open(QWidget *parent, const QString &title, const QString &text,
                             const QString &objectName);
};

} // namespace seqring
