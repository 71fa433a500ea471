#pragma once

#include "app/client/apiresult.h"

#include <QDialog>
#include <QObject>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace seqring
{

// Explains a failed request: status and meaning (or the transport problem), the server's
// message and error descriptions, Retry-After, the ambiguity note when the request may
// have been carried out, the tracking ID with Copy, and the raw answer behind Show details.
// Deletes itself when closed; never blocks (open() or show()).
class ErrorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ErrorDialog(const seqring::ApiResult &result, QWidget *parent = nullptr);

    // Adds a button next to Close, e.g. "Check whether it was created" for ambiguous
    // failures. The dialog takes ownership; connect the button's clicked() yourself.
    void addAction(QAbstractButton *button);
    using QWidget::addAction;

    const ApiResult &result() const { return m_result; }

    // What is shown, for tests and the window.
    QString headingText() const;
    QString statusText() const;
    QString messageText() const;
    QStringList descriptionTexts() const;
    QString retryAfterText() const; // empty when no Retry-After was given
    QString ambiguityText() const;  // empty unless the request may have been carried out
    QString trackingIdText() const;
    QString detailsText() const;
    bool detailsVisible() const;

    // `text` with every secret replaced by "[redacted]" (Redaction::text, as the log).
    static QString redactBearer(const QString &text);

public Q_SLOTS:
    void copyTrackingId();
    void setDetailsVisible(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Sets every text the dialog owns in the current language; Webex's own words (status
    // meaning, message, descriptions, raw answer) stay as received.
    void retranslate();

    ApiResult m_result;
    QLabel *m_icon = nullptr;
    QLabel *m_trackingLabel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_ambiguity = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_descriptions = nullptr;
    QLabel *m_retryAfter = nullptr;
    QLineEdit *m_trackingId = nullptr;
    QPushButton *m_copyTrackingId = nullptr;
    QPushButton *m_showDetails = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_descriptionLines;
};

} // namespace seqring
