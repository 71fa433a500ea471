#include "ui/jsonhighlighter.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <algorithm>
#include <cmath>

namespace seqring
{

namespace
{

// Linear interpolation in sRGB: t = 0 gives `from`, t = 1 gives `to`.
QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto channel = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

// `hint` moved towards the palette's Text colour just far enough to reach `minimum`
// contrast against Base; Text itself when even that is not enough.
QColor readable(const QColor &hint, const QPalette &palette, double minimum)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(hint, text, step / 20.0);
        if (JsonHighlighter::contrastRatio(candidate, base) >= minimum)
            return candidate;
    }
    return text;
}

// The palette's Link colour with its hue turned by `degrees` (a saturated default hue
// when Link is grey), so every role keeps the palette's lightness and saturation.
QColor fromLinkHue(const QPalette &palette, int degrees)
{
    const QColor link = palette.color(QPalette::Link).toHsl();
    int hue = link.hslHue();
    int saturation = link.hslSaturation();
    if (hue < 0 || saturation < 60) {
        hue = 210;
        saturation = 200;
    }
    return QColor::fromHsl((hue + degrees) % 360, saturation, link.lightness()).toRgb();
}

QTextCharFormat foreground(const QColor &color, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

bool isNumberStart(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-');
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') || c == QLatin1Char('E') ||
           c == QLatin1Char('+') || c == QLatin1Char('-');
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document), m_palette(palette)
{
    rebuildFormats();
}

JsonHighlighter::JsonHighlighter(QPlainTextEdit *editor)
    : QSyntaxHighlighter(editor->document()), m_palette(editor->palette()), m_paletteSource(editor)
{
    editor->installEventFilter(this);
    rebuildFormats();
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    rebuildFormats();
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Role role) const
{
    switch (role) {
    case Role::Key:
        return m_key;
    case Role::String:
        return m_string;
    case Role::Number:
        return m_number;
    case Role::Literal:
        return m_literal;
    case Role::Punctuation:
        return m_punctuation;
    }
    return {};
}

double JsonHighlighter::relativeLuminance(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double JsonHighlighter::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void JsonHighlighter::rebuildFormats()
{
    const QPalette &p = m_palette;
    m_key = foreground(readable(p.color(QPalette::Link), p, kMinimumContrast), true);
    m_string = foreground(readable(fromLinkHue(p, 240), p, kMinimumContrast));
    m_number = foreground(readable(fromLinkHue(p, 170), p, kMinimumContrast));
    m_literal = foreground(readable(fromLinkHue(p, 110), p, kMinimumContrast), true);
    const QColor quiet = mix(p.color(QPalette::Text), p.color(QPalette::Base), 0.35);
    m_punctuation = foreground(readable(quiet, p, kMinimumPunctuationContrast));
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paletteSource && event->type() == QEvent::PaletteChange)
        setPalette(m_paletteSource->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

// Scans one line; JSON strings cannot span lines, so no state is carried between blocks.
void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < size && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, size);
            qsizetype next = end;
            while (next < size && text.at(next).isSpace())
                ++next;
            const bool isKey = next < size && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (isNumberStart(c)) {
            qsizetype end = i + 1;
            while (end < size && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace seqring
