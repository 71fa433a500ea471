#include "ui/requestpreview.h"

#include "ui/jsonhighlighter.h"
#include "ui/linetextlayout.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>
#include <algorithm>

namespace seqring
{

namespace
{

// The header lines of RequestText::renderPreview (which owns the masking rule):
// everything between the request line and the blank line before the body.
QString renderHeaders(const HttpRequestSpec &spec, bool revealToken)
{
    HttpRequestSpec headersOnly = spec;
    headersOnly.body.clear();
    QString text = RequestText::renderPreview(headersOnly, revealToken);
    text.remove(0, text.indexOf(QLatin1Char('\n')) + 1);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QPlainTextEdit *readOnlyCode(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

// Replaces what differs between the view's text `before` and `after` with one edit: the
// common start and end stay, so only the changed lines are laid out, highlighted and
// repainted again (setPlainText would redo the whole document). Never splits a
// surrogate pair.
void replaceChangedSpan(QPlainTextEdit *view, const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shorter && before.at(head) == after.at(head))
        ++head;
    if (head > 0 && head < shorter && before.at(head - 1).isHighSurrogate())
        --head;
    qsizetype tail = 0;
    while (tail < shorter - head &&
           before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    if (tail > 0 && tail < shorter - head && before.at(before.size() - tail).isLowSurrogate())
        --tail;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(head));
    cursor.setPosition(int(before.size() - tail), QTextCursor::KeepAnchor);
    cursor.insertText(after.mid(head, after.size() - head - tail));
}

} // namespace

RequestPreview::RequestPreview(QWidget *parent) : QWidget(parent)
{
    buildUi();
    retranslate();
    setPlaceholder(defaultPlaceholder());
    m_defaultPlaceholder = true;
}

RequestPreview::~RequestPreview() = default;

void RequestPreview::buildUi()
{
    const QIcon copyIcon =
        QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileIcon));

    // Every text is set by retranslate().
    m_copyCurlAction = new QAction(copyIcon, QString(), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyCurlAction, &QAction::triggered, this, &RequestPreview::copyCurl);
    addAction(m_copyCurlAction);

    m_copyJsonAction = new QAction(copyIcon, QString(), this);
    m_copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    connect(m_copyJsonAction, &QAction::triggered, this, &RequestPreview::copyJson);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);

    m_urlLabel = new QLabel(page);
    m_method = new QLabel(page);
    m_method->setObjectName(QStringLiteral("previewMethod"));
    m_method->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for the longest method, so that a narrow pane never cuts it to its first letter.
    m_method->setMinimumWidth(m_method->fontMetrics().horizontalAdvance(QStringLiteral("DELETE")));
    m_method->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("previewUrl"));
    m_url->setReadOnly(true);
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_urlLabel->setBuddy(m_url);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_url, 1);
    grid->addWidget(m_urlLabel, 0, 0);
    grid->addLayout(urlRow, 0, 1);

    m_headersLabel = new QLabel(page);
    m_headers = readOnlyCode(QStringLiteral("previewHeaders"), page);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 6 +
                                2 * m_headers->frameWidth() + 8);
    m_headersLabel->setBuddy(m_headers);
    m_showToken =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-visible")), QString(), page);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setCheckable(true);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool revealed) {
        showHeaders();
        Q_EMIT tokenRevealedChanged(revealed);
    });
    auto *headersColumn = new QVBoxLayout;
    headersColumn->addWidget(m_headersLabel);
    headersColumn->addWidget(m_showToken);
    headersColumn->addStretch();
    grid->addLayout(headersColumn, 1, 0);
    grid->addWidget(m_headers, 1, 1);

    m_bodyLabel = new QLabel(page);
    m_body = readOnlyCode(QStringLiteral("previewBody"), page);
    m_body->setUndoRedoEnabled(false); // edited in place by setRequest(); nothing to undo
    // An edit inside one line repaints that line, not the whole body.
    m_body->document()->setDocumentLayout(new LineTextLayout(m_body->document()));
    m_bodyLabel->setBuddy(m_body);
    m_highlighter = new JsonHighlighter(m_body);
    grid->addWidget(m_bodyLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_body, 2, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(1, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_placeholder);

    m_copyCurl = new QPushButton(copyIcon, QString(), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    connect(m_copyCurl, &QPushButton::clicked, m_copyCurlAction, &QAction::trigger);
    m_copyJson = new QPushButton(copyIcon, QString(), this);
    m_copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    connect(m_copyJson, &QPushButton::clicked, m_copyJsonAction, &QAction::trigger);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copyJson);
    buttons->addWidget(m_copyCurl);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
}

void RequestPreview::retranslate()
{
    // No mnemonic: it has Ctrl+Shift+C, which its tooltip names.
    m_copyCurlAction->setText(tr("Copy as cURL"));
    m_copyCurlAction->setToolTip(
        tr("Copy the request as a curl command (%1). While the token is hidden, the command "
           "reads it from $WEBEX_ACCESS_TOKEN.")
            .arg(m_copyCurlAction->shortcut().toString(QKeySequence::NativeText)));
    m_copyJsonAction->setText(tr("Copy &JSON"));
    m_copyJsonAction->setToolTip(tr("Copy the JSON body exactly as it will be sent."));
    m_copyCurl->setText(m_copyCurlAction->text());
    m_copyCurl->setToolTip(m_copyCurlAction->toolTip());
    m_copyJson->setText(m_copyJsonAction->text());
    m_copyJson->setToolTip(m_copyJsonAction->toolTip());

    m_urlLabel->setText(tr("UR&L:"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_headersLabel->setText(tr("Headers:")); // no mnemonic: Alt+H is the Help menu
    // No mnemonic: Alt+S belongs to "Select phone numbers".
    m_showToken->setText(tr("Show token"));
    m_showToken->setAccessibleName(tr("Show token"));
    m_showToken->setToolTip(tr("Show the access token in the Authorization header"));
    m_bodyLabel->setText(tr("Bod&y:"));
    m_status->setAccessibleName(tr("Copy status"));

    // A placeholder given by the window is the window's to translate.
    if (m_defaultPlaceholder)
        m_placeholder->setText(defaultPlaceholder());
    showStatus(m_statusShown);
}

void RequestPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QString RequestPreview::defaultPlaceholder()
{
    return tr("No request yet: choose a workspace and fill in the criteria.");
}

QString RequestPreview::statusMessage(Status status)
{
    switch (status) {
    case Status::None:
        break;
    case Status::CopiedCurlWithToken:
        return tr("Copied the curl command, token included.");
    case Status::CopiedCurlWithoutToken:
        return tr("Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.");
    case Status::CopiedJson:
        return tr("Copied the JSON body.");
    }
    return {};
}

void RequestPreview::setRequest(const HttpRequestSpec &spec)
{
    const bool bodyChanged = !m_hasRequest || spec.body != m_spec.body;
    const bool tokenChanged = spec.header("Authorization") != m_spec.header("Authorization");
    const QString bodyBefore = m_hasRequest ? QString::fromUtf8(m_spec.body) : QString();
    m_spec = spec;
    m_hasRequest = true;
    // A revealed token is hidden again when another token takes its place.
    if (tokenChanged)
        m_showToken->setChecked(false);
    m_stack->setCurrentIndex(0);
    m_copyCurlAction->setEnabled(true);
    m_copyJsonAction->setEnabled(true);
    m_copyCurl->setEnabled(true);
    m_copyJson->setEnabled(true);
    m_showToken->setEnabled(true);

    m_method->setText(QString::fromLatin1(spec.method));
    const QString url = spec.url.toString(QUrl::FullyEncoded);
    if (m_url->text() != url) {
        m_url->setText(url);
        m_url->setCursorPosition(0);
    }
    showHeaders();
    if (bodyChanged) {
        // Keep the reader's place while the body changes under them.
        const int scroll = m_body->verticalScrollBar()->value();
        replaceChangedSpan(m_body, bodyBefore, QString::fromUtf8(spec.body));
        m_body->verticalScrollBar()->setValue(scroll);
        showStatus(Status::None);
    }
}

void RequestPreview::setPlaceholder(const QString &why)
{
    m_spec = {};
    m_hasRequest = false;
    m_defaultPlaceholder = false;
    m_placeholder->setText(why);
    m_stack->setCurrentIndex(1);
    // Nothing from an earlier request (its token included) stays in hidden widgets.
    m_method->clear();
    m_url->clear();
    m_headers->clear();
    m_body->clear();
    for (QAction *action : {m_copyCurlAction, m_copyJsonAction})
        action->setEnabled(false);
    for (QPushButton *button : {m_copyCurl, m_copyJson, m_showToken})
        button->setEnabled(false);
    showStatus(Status::None);
}

bool RequestPreview::tokenRevealed() const
{
    return m_showToken->isChecked();
}

void RequestPreview::setTokenRevealed(bool revealed)
{
    m_showToken->setChecked(revealed);
}

void RequestPreview::showHeaders()
{
    const QString text = m_hasRequest ? renderHeaders(m_spec, tokenRevealed()) : QString();
    if (m_headers->toPlainText() != text)
        m_headers->setPlainText(text);
}

void RequestPreview::showStatus(Status status)
{
    m_statusShown = status;
    m_status->setText(statusMessage(status));
}

void RequestPreview::copyCurl()
{
    if (!m_hasRequest)
        return;
    QApplication::clipboard()->setText(RequestText::toCurl(m_spec, tokenRevealed()));
    showStatus(tokenRevealed() ? Status::CopiedCurlWithToken : Status::CopiedCurlWithoutToken);
    Q_EMIT copied(m_status->text());
}

void RequestPreview::copyJson()
{
    if (!m_hasRequest)
        return;
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(m_spec.body));
    mime->setData(QStringLiteral("application/json"), m_spec.body);
    QApplication::clipboard()->setMimeData(mime);
    showStatus(Status::CopiedJson);
    Q_EMIT copied(m_status->text());
}

} // namespace seqring
