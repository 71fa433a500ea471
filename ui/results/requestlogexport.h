#pragma once

#include <QAction>
#include <QPointer>

class QFileDialog;

namespace seqring
{

class RequestLog;

// Help > Export session log…: asks where (a non-blocking file dialog, objectName
// "exportSessionLogDialog") and writes the redacted session log there as HAR 1.2.
class RequestLogExport : public QAction
{
    Q_OBJECT
public:
    // `window` parents the dialogs and tells of language changes; `log` must outlive it.
    RequestLogExport(RequestLog *log, QWidget *window);

    // Writes the log to `path`; false with a message box naming the file otherwise.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void retranslate();

    RequestLog *m_log;
    QWidget *m_window;
    QPointer<QFileDialog> m_dialog;
};

} // namespace seqring
