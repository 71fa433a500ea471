#include "ui/results/requestlogexport.h"

#include "app/client/harwriter.h"
#include "app/client/requestlog.h"
#include "ui/filechooser.h"
#include "ui/results/problembox.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>

namespace seqring
{

RequestLogExport::RequestLogExport(RequestLog *log, QWidget *window)
    : QAction(window), m_log(log), m_window(window)
{
    setObjectName(QStringLiteral("exportSessionLogAction"));
    connect(this, &QAction::triggered, this, &RequestLogExport::chooseFile);
    window->installEventFilter(this);
    retranslate();
}

bool RequestLogExport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::eventFilter(watched, event);
}

void RequestLogExport::retranslate()
{
    setText(tr("E&xport session log…"));
    setToolTip(tr("Save this session's requests and answers as a HAR file, with tokens and "
                  "secrets removed, for support"));
}

void RequestLogExport::chooseFile()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString name =
        QStringLiteral("seqring-admin-%1.har")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFileDialog *dialog = FileChooser::toSave(
        m_window, tr("Export session log"), QDir::home().filePath(name), tr("HAR files (*.har)"),
        QStringLiteral("har"), QStringLiteral("exportSessionLogDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, &RequestLogExport::exportTo);
    m_dialog = dialog;
    dialog->open();
}

bool RequestLogExport::exportTo(const QString &path)
{
    const QString error = HarWriter::write(path, *m_log);
    if (!error.isEmpty()) {
        ProblemBox::open(m_window, tr("Session log not exported"), error,
                         QStringLiteral("exportSessionLogError"));
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

} // namespace seqring
