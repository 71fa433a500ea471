#pragma once

// What a RequestPreview shows, read from its child widgets by their object names, so that
// the tests need no getters in the widget. A missing child is a fatal error, never an
// empty text that an assertion could mistake for a pass.
#include "ui/requestpreview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace seqring::test
{

template <typename T> T *previewChild(const RequestPreview *preview, const char *name)
{
    T *widget = preview->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("RequestPreview has no child named %s", name);
    return widget;
}

// The HTTP method, e.g. "POST".
inline QString previewMethod(const RequestPreview *preview)
{
    return previewChild<QLabel>(preview, "previewMethod")->text();
}

inline QString previewUrl(const RequestPreview *preview)
{
    return previewChild<QLineEdit>(preview, "previewUrl")->text();
}

// The header lines, the token masked unless revealed.
inline QString previewHeaders(const RequestPreview *preview)
{
    return previewChild<QPlainTextEdit>(preview, "previewHeaders")->toPlainText();
}

// The body as shown, character for character: toPlainText() would turn non-breaking
// spaces into spaces; the raw text keeps them and separates blocks with U+2029.
inline QString previewBody(const RequestPreview *preview)
{
    QString text = previewChild<QPlainTextEdit>(preview, "previewBody")->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

// The placeholder's text while it is shown instead of a request, else empty.
inline QString previewPlaceholder(const RequestPreview *preview)
{
    const QString text = previewChild<QLabel>(preview, "previewPlaceholder")->text();
    return preview->hasRequest() ? QString() : text;
}

// The status line beside the copy buttons.
inline QString previewStatus(const RequestPreview *preview)
{
    return previewChild<QLabel>(preview, "previewStatus")->text();
}

} // namespace seqring::test
