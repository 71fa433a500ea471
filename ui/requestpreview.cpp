#include "requestpreview.h"

#include "jsonhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
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
#include <QVBoxLayout>

namespace seqring
{

namespace
{

// The header lines of CriteriaRequest::renderPreview (which owns the masking rule):
// everything between the request line and the blank line before the body.
QString renderHeaders(const HttpRequestSpec &spec, bool revealToken)
{
    HttpRequestSpec headersOnly = spec;
    headersOnly.body.clear();
    QString text = CriteriaRequest::renderPreview(headersOnly, revealToken);
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

} // namespace

RequestPreview::RequestPreview(QWidget *parent) : QWidget(parent)
{
    buildUi();
    setPlaceholder(tr("No request yet: choose a workspace and fill in the criteria."));
}

RequestPreview::~RequestPreview() = default;

void RequestPreview::buildUi()
{
    const QIcon copyIcon =
        QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileIcon));

    // No mnemonic: it has Ctrl+Shift+C, which its tooltip names.
    m_copyCurlAction = new QAction(copyIcon, tr("Copy as cURL"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setToolTip(
        tr("Copy the request as a curl command (%1). While the token is hidden, the command "
           "reads it from $WEBEX_ACCESS_TOKEN.")
            .arg(m_copyCurlAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_copyCurlAction, &QAction::triggered, this, &RequestPreview::copyCurl);
    addAction(m_copyCurlAction);

    m_copyJsonAction = new QAction(copyIcon, tr("Copy &JSON"), this);
    m_copyJsonAction->setObjectName(QStringLiteral("copyJsonAction"));
    m_copyJsonAction->setToolTip(tr("Copy the JSON body exactly as it will be sent."));
    connect(m_copyJsonAction, &QAction::triggered, this, &RequestPreview::copyJson);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("previewPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);

    auto *urlLabel = new QLabel(tr("UR&L:"), page);
    m_method = new QLabel(page);
    m_method->setObjectName(QStringLiteral("previewMethod"));
    m_method->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_method->setAccessibleName(tr("HTTP method"));
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("previewUrl"));
    m_url->setReadOnly(true);
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    urlLabel->setBuddy(m_url);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_url, 1);
    grid->addWidget(urlLabel, 0, 0);
    grid->addLayout(urlRow, 0, 1);

    auto *headersLabel = new QLabel(tr("Headers:"), page);
    m_headers = readOnlyCode(QStringLiteral("previewHeaders"), page);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 6 +
                                2 * m_headers->frameWidth() + 8);
    headersLabel->setBuddy(m_headers);
    m_showToken =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-visible")), tr("Show token"), page);
    // No mnemonic: Alt+S belongs to "Select phone numbers".
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setAccessibleName(tr("Show token"));
    m_showToken->setCheckable(true);
    m_showToken->setToolTip(tr("Show the access token in the Authorization header"));
    connect(m_showToken, &QPushButton::toggled, this, [this](bool revealed) {
        showHeaders();
        Q_EMIT tokenRevealedChanged(revealed);
    });
    auto *headersColumn = new QVBoxLayout;
    headersColumn->addWidget(headersLabel);
    headersColumn->addWidget(m_showToken);
    headersColumn->addStretch();
    grid->addLayout(headersColumn, 1, 0);
    grid->addWidget(m_headers, 1, 1);

    auto *bodyLabel = new QLabel(tr("Bod&y:"), page);
    m_body = readOnlyCode(QStringLiteral("previewBody"), page);
    bodyLabel->setBuddy(m_body);
    m_highlighter = new JsonHighlighter(m_body);
    grid->addWidget(bodyLabel, 2, 0, Qt::AlignTop);
    grid->addWidget(m_body, 2, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(1, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(page);
    m_stack->addWidget(m_placeholder);

    m_copyCurl = new QPushButton(copyIcon, m_copyCurlAction->text(), this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(m_copyCurlAction->toolTip());
    connect(m_copyCurl, &QPushButton::clicked, m_copyCurlAction, &QAction::trigger);
    m_copyJson = new QPushButton(copyIcon, m_copyJsonAction->text(), this);
    m_copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyJson->setToolTip(m_copyJsonAction->toolTip());
    connect(m_copyJson, &QPushButton::clicked, m_copyJsonAction, &QAction::trigger);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setAccessibleName(tr("Copy status"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copyJson);
    buttons->addWidget(m_copyCurl);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
}

void RequestPreview::setRequest(const HttpRequestSpec &spec)
{
    const bool bodyChanged = !m_hasRequest || spec.body != m_spec.body;
    const bool tokenChanged = spec.header("Authorization") != m_spec.header("Authorization");
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
        m_body->setPlainText(QString::fromUtf8(spec.body));
        m_body->verticalScrollBar()->setValue(scroll);
        showStatus({});
    }
}

void RequestPreview::setPlaceholder(const QString &why)
{
    m_spec = {};
    m_hasRequest = false;
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
    showStatus({});
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

void RequestPreview::showStatus(const QString &text)
{
    m_status->setText(text);
}

void RequestPreview::copyCurl()
{
    if (!m_hasRequest)
        return;
    QApplication::clipboard()->setText(CriteriaRequest::toCurl(m_spec, tokenRevealed()));
    const QString what =
        tokenRevealed()
            ? tr("Copied the curl command, token included.")
            : tr("Copied the curl command; it reads the token from $WEBEX_ACCESS_TOKEN.");
    showStatus(what);
    Q_EMIT copied(what);
}

void RequestPreview::copyJson()
{
    if (!m_hasRequest)
        return;
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(m_spec.body));
    mime->setData(QStringLiteral("application/json"), m_spec.body);
    QApplication::clipboard()->setMimeData(mime);
    const QString what = tr("Copied the JSON body.");
    showStatus(what);
    Q_EMIT copied(what);
}

QString RequestPreview::methodText() const
{
    return m_method->text();
}

QString RequestPreview::urlText() const
{
    return m_url->text();
}

QString RequestPreview::headersText() const
{
    return m_headers->toPlainText();
}

// toPlainText() would turn non-breaking spaces into spaces; the raw text keeps every
// character and separates blocks with U+2029.
QString RequestPreview::bodyText() const
{
    QString text = m_body->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

QString RequestPreview::placeholderText() const
{
    return m_hasRequest ? QString() : m_placeholder->text();
}

QString RequestPreview::statusText() const
{
    return m_status->text();
}

} // namespace seqring
