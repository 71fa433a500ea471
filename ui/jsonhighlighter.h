#pragma once

#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;
class QWidget;

namespace seqring
{

// Colours JSON text (keys, strings, numbers, literals, punctuation) with colours derived
// from a palette, each kept readable against the palette's Base colour.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role { Key, String, Number, Literal, Punctuation };

    // Highlights `document` with colours from `palette`.
    JsonHighlighter(QTextDocument *document, const QPalette &palette);
    // Highlights `editor`'s document and follows the editor's palette changes.
    explicit JsonHighlighter(QPlainTextEdit *editor);

    // Recomputes every format from `palette` and re-highlights the document.
    void setPalette(const QPalette &palette);
    QPalette palette() const { return m_palette; }
    QTextCharFormat format(Role role) const;

    // WCAG 2 relative luminance (0..1) and contrast ratio (1..21) of two colours.
    static double relativeLuminance(const QColor &color);
    static double contrastRatio(const QColor &a, const QColor &b);
    // Smallest contrast ratio any role keeps against the Base colour.
    static constexpr double kMinimumContrast = 4.5;
    static constexpr double kMinimumPunctuationContrast = 3.0;

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildFormats();

    QPalette m_palette;
    QPointer<QWidget> m_paletteSource;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace seqring
