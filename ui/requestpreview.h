#pragma once

#include "app/client/httprequest.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace seqring
{

class JsonHighlighter;

// Shows exactly what will be sent: method, URL, headers (token masked until asked) and
// the JSON body as built, with Copy as cURL and Copy JSON.
class RequestPreview : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPreview(QWidget *parent = nullptr);
    ~RequestPreview() override;

    // Shows `spec`; cheap to call on every edit (unchanged parts are left alone).
    void setRequest(const seqring::HttpRequestSpec &spec);
    // No request can be built: shows `why` instead and disables the copy actions.
    void setPlaceholder(const QString &why);
    bool hasRequest() const { return m_hasRequest; }
    const HttpRequestSpec &request() const { return m_spec; }

    // Whether the Authorization header is shown in full (Show token pressed). Hidden again
    // whenever setRequest() brings another token (or follows a placeholder).
    bool tokenRevealed() const;
    void setTokenRevealed(bool revealed);

    // Copy as cURL (Ctrl+Shift+C) and Copy JSON, for the window's menus.
    QAction *copyCurlAction() const { return m_copyCurlAction; }
    QPushButton *copyCurlButton() const { return m_copyCurl; } // the last in its tab order
    QAction *copyJsonAction() const { return m_copyJsonAction; }

public Q_SLOTS:
    void copyCurl();
    void copyJson();

Q_SIGNALS:
    void tokenRevealedChanged(bool revealed);
    // Something was put on the clipboard; `what` says what, in words.
    void copied(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the status line says; kept so it can be said again in another language.
    enum class Status { None, CopiedCurlWithToken, CopiedCurlWithoutToken, CopiedJson };

    void buildUi();
    // Sets every fixed text (labels, buttons, actions, tooltips) in the current language,
    // and the placeholder and status when they are the preview's own.
    void retranslate();
    void showHeaders();
    void showStatus(Status status);
    static QString statusMessage(Status status);
    static QString defaultPlaceholder();

    HttpRequestSpec m_spec;
    bool m_hasRequest = false;
    bool m_defaultPlaceholder = false; // the placeholder is the preview's own text
    Status m_statusShown = Status::None;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_headersLabel = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_showToken = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_copyJson = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
};

} // namespace seqring
