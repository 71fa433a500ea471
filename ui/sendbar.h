#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace seqring
{

class ApiJob;
struct ApiResult;

// The Create criteria (in edit mode Save changes) button with its busy state: progress, Cancel, and
// a countdown while the service rate-limits (429) the request.
class SendBar : public QWidget
{
    Q_OBJECT
public:
    explicit SendBar(QWidget *parent = nullptr);

    QPushButton *createButton() const { return m_createButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QString statusText() const;
    bool isBusy() const { return !m_job.isNull(); }

    // Empty reason: Create is enabled; else disabled with the reason as its tooltip.
    void setBlockedReason(const QString &reason);
    // Edit mode: the button says Save changes (create mode: Create criteria).
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    // Shows the busy state until the job finishes, then emits finished().
    void track(ApiJob *job);

Q_SIGNALS:
    void createRequested();
    void finished(const seqring::ApiResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showCountdown();

    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<ApiJob> m_job;
    QString m_blockedReason;
    QTimer m_countdown;
    int m_secondsLeft = 0;
    int m_attempt = 0;
    bool m_editing = false;
};

} // namespace seqring
