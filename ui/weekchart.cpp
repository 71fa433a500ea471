#include "ui/weekchart.h"

#include "ui/weektext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace seqring
{

namespace
{
constexpr qint64 kWeekSeconds = 7 * 24 * 3600;
// Okabe-Ito blue and orange: apart for every common kind of colour blindness; "does not
// ring" is also hatched, so it never rests on colour alone.
const QColor kRings(0, 114, 178);
const QColor kDoesNotRing(230, 159, 0);
const QColor kHatch(90, 50, 0);
const QColor kHoliday(150, 150, 150, 90);

QString dayName(QDate date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
}
} // namespace

WeekChart::WeekChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("weekChart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    changed();
}

void WeekChart::setWeek(const WeekView &week)
{
    m_week = week;
    m_selected = {-1, -1};
    changed();
}

void WeekChart::setFormLane(const std::optional<CriteriaLane> &lane)
{
    const bool had = m_form.has_value();
    m_form = lane;
    if (had != m_form.has_value())
        m_selected = {-1, -1};
    else if (m_selected.first == 0 && m_form && m_selected.second >= m_form->bands.size())
        m_selected = {-1, -1};
    changed();
}

void WeekChart::setNow(const QDateTime &local)
{
    m_now = local;
    update();
}

void WeekChart::setMessage(const QString &text)
{
    m_message = text;
    changed();
}

int WeekChart::laneCount() const
{
    return int(m_week.lanes.size()) + (m_form ? 1 : 0);
}

const CriteriaLane &WeekChart::lane(int index) const
{
    if (m_form)
        return index == 0 ? *m_form : m_week.lanes.at(index - 1);
    return m_week.lanes.at(index);
}

QString WeekChart::laneName(int index) const
{
    return WeekText::laneName(lane(index), isFormLane(index));
}

QString WeekChart::bandText(int lane, int band) const
{
    if (lane < 0 || lane >= laneCount() || band < 0 || band >= this->lane(lane).bands.size())
        return {};
    return WeekText::band(this->lane(lane), isFormLane(lane), this->lane(lane).bands.at(band));
}

QStringList WeekChart::bandLines() const
{
    QList<CriteriaLane> lanes;
    for (int i = 0; i < laneCount(); ++i)
        lanes.append(lane(i));
    QStringList lines = WeekText::lines(m_week.holidays, lanes, m_form ? 0 : -1);
    if (lines.isEmpty() && !m_message.isEmpty())
        lines.append(m_message);
    return lines;
}

void WeekChart::select(int lane, int band)
{
    if (bandText(lane, band).isEmpty())
        lane = band = -1;
    if (m_selected == qMakePair(lane, band))
        return;
    m_selected = {lane, band};
    update();
    Q_EMIT selectionChanged(bandText(lane, band));
}

void WeekChart::changed()
{
    setAccessibleName(tr("When it rings"));
    setAccessibleDescription(bandLines().join(QLatin1Char('\n')));
    update();
}

WeekChart::Geometry WeekChart::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    const QRect all = rect().adjusted(4, 4, -4, -4);
    const int header = fm.height() * 2 + 6;
    const int legend = fm.height() + 10;
    g.days = QRect(all.left(), all.top(), all.width(), header);
    g.lanes = QRect(all.left(), g.days.bottom() + 1, all.width(), all.height() - header - legend);
    g.legend = QRect(all.left(), g.lanes.bottom() + 4, all.width(), legend - 4);
    g.laneHeight = qMin(fm.height() * 2 + 12, g.lanes.height() / qMax(1, laneCount()));
    return g;
}

int WeekChart::xOf(const Geometry &g, const QDateTime &t) const
{
    const qint64 s =
        qBound<qint64>(0, LocalClock::wall(m_week.monday, QTime(0, 0)).secsTo(t), kWeekSeconds);
    return g.lanes.left() + int(s * g.lanes.width() / kWeekSeconds);
}

QRect WeekChart::bandRect(const Geometry &g, int lane, int band) const
{
    const WallInterval &b = this->lane(lane).bands.at(band);
    const int top = g.lanes.top() + lane * g.laneHeight + fontMetrics().height() + 2;
    const int left = xOf(g, b.start);
    return QRect(left, top, qMax(2, xOf(g, b.end) - left),
                 g.laneHeight - fontMetrics().height() - 5);
}

QPair<int, int> WeekChart::bandAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    for (int i = 0; i < laneCount(); ++i) {
        for (int b = 0; b < lane(i).bands.size(); ++b) {
            if (bandRect(g, i, b).contains(pos))
                return {i, b};
        }
    }
    return {-1, -1};
}

void WeekChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const Geometry g = geometry();
    if (!m_week.monday.isValid() || (laneCount() == 0 && !m_message.isEmpty())) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message);
        return;
    }
    paintGrid(p, g);
    paintLanes(p, g);
    paintLegend(p, g);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WeekChart::paintGrid(QPainter &p, const Geometry &g) const
{
    const QColor text = palette().color(QPalette::Text);
    const int dayWidth = g.days.width() / 7;
    for (int d = 1; d < 7; d += 2) {
        const int x = xOf(g, LocalClock::wall(m_week.monday.addDays(d), QTime(0, 0)));
        p.fillRect(QRect(x, g.lanes.top(), dayWidth, g.lanes.height()), palette().alternateBase());
    }
    for (const WallInterval &holiday : m_week.holidays) {
        const QRect r(QPoint(xOf(g, holiday.start), g.days.top()),
                      QPoint(xOf(g, holiday.end), g.lanes.bottom()));
        p.fillRect(r, kHoliday);
        p.fillRect(r, QBrush(QColor(110, 110, 110, 110), Qt::DiagCrossPattern));
    }
    for (int d = 0; d < 7; ++d) {
        const QDate date = m_week.monday.addDays(d);
        const int x = xOf(g, LocalClock::wall(date, QTime(0, 0)));
        const QRect cell(x, g.days.top(), dayWidth, g.days.height());
        p.setPen(text);
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, dayName(date));
        p.drawText(cell, Qt::AlignHCenter | Qt::AlignBottom,
                   QLocale().toString(date, QStringLiteral("d MMM")));
        p.setPen(QColor(160, 160, 160));
        p.drawLine(x, g.days.top(), x, g.lanes.bottom());
        p.setPen(QPen(QColor(200, 200, 200), 1, Qt::DotLine));
        const int noon = xOf(g, LocalClock::wall(date, QTime(12, 0)));
        p.drawLine(noon, g.lanes.top(), noon, g.lanes.bottom());
    }
}

void WeekChart::paintLanes(QPainter &p, const Geometry &g) const
{
    const QColor text = palette().color(QPalette::Text);
    for (int i = 0; i < laneCount(); ++i) {
        const CriteriaLane &l = lane(i);
        const QRect row(g.lanes.left(), g.lanes.top() + i * g.laneHeight, g.lanes.width(),
                        g.laneHeight);
        // The lane's name on its first line, over the grid; its bands under it.
        QFont font = p.font();
        font.setItalic(isFormLane(i));
        p.setFont(font);
        const QString name = fontMetrics().elidedText(WeekText::laneHeading(l, isFormLane(i)),
                                                      Qt::ElideRight, row.width() - 8);
        const QRect label(row.left() + 3, row.top() + 1, fontMetrics().horizontalAdvance(name) + 4,
                          fontMetrics().height());
        p.fillRect(label, palette().base());
        p.setPen(text);
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft, name);
        if (isFormLane(i)) {
            p.setPen(QPen(text, 1, Qt::DashLine));
            p.drawRect(row.adjusted(0, 0, -1, -2));
        }
        for (int b = 0; b < l.bands.size(); ++b) {
            const QRect r = bandRect(g, i, b);
            p.fillRect(r, l.ringEnabled ? kRings : kDoesNotRing);
            if (!l.ringEnabled)
                p.fillRect(r, QBrush(kHatch, Qt::BDiagPattern));
            if (m_selected == qMakePair(i, b)) {
                p.setPen(QPen(text, 3));
                p.drawRect(r.adjusted(-1, -1, 0, 0));
            }
        }
        font.setItalic(false);
        p.setFont(font);
    }
    if (m_now.isValid() && m_now >= LocalClock::wall(m_week.monday, QTime(0, 0)) &&
        m_now < LocalClock::wall(m_week.monday.addDays(7), QTime(0, 0))) {
        const int x = xOf(g, m_now);
        p.setPen(QPen(QColor(204, 0, 0), 2));
        p.drawLine(x, g.days.top(), x, g.lanes.bottom());
    }
}

void WeekChart::paintLegend(QPainter &p, const Geometry &g) const
{
    const QFontMetrics fm = fontMetrics();
    int x = g.legend.left();
    const int y = g.legend.top() + 2;
    const int box = fm.height() - 2;
    const auto entry = [&](const QString &text, const QBrush &fill, const QBrush &over) {
        const QRect r(x, y, box * 2, box);
        p.fillRect(r, fill);
        p.fillRect(r, over);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(r.right() + 5, y - 1, fm.horizontalAdvance(text) + 2, fm.height()),
                   Qt::AlignVCenter, text);
        x = r.right() + 5 + fm.horizontalAdvance(text) + 16;
    };
    entry(tr("rings"), kRings, Qt::NoBrush);
    entry(tr("does not ring"), kDoesNotRing, QBrush(kHatch, Qt::BDiagPattern));
    entry(tr("holiday"), kHoliday, QBrush(QColor(110, 110, 110, 110), Qt::DiagCrossPattern));
    entry(tr("now"), QColor(204, 0, 0), Qt::NoBrush);
}

void WeekChart::mousePressEvent(QMouseEvent *event)
{
    const QPair<int, int> hit = bandAt(event->position().toPoint());
    select(hit.first, hit.second);
    QWidget::mousePressEvent(event);
}

void WeekChart::keyPressEvent(QKeyEvent *event)
{
    const int at = m_selected.first, band = m_selected.second;
    const int lanes = laneCount();
    const auto firstBand = [this](int from, int step) -> QPair<int, int> {
        for (int i = from; i >= 0 && i < laneCount(); i += step) {
            if (!this->lane(i).bands.isEmpty())
                return {i, step > 0 ? 0 : int(this->lane(i).bands.size()) - 1};
        }
        return {-1, -1};
    };
    QPair<int, int> next{-2, -2};
    switch (event->key()) {
    case Qt::Key_Right:
        next = at < 0                             ? firstBand(0, 1)
               : band + 1 < lane(at).bands.size() ? qMakePair(at, band + 1)
                                                  : firstBand(at + 1, 1);
        break;
    case Qt::Key_Left:
        next = at < 0     ? firstBand(lanes - 1, -1)
               : band > 0 ? qMakePair(at, band - 1)
                          : firstBand(at - 1, -1);
        break;
    case Qt::Key_Down:
        next = firstBand(at + 1, 1);
        break;
    case Qt::Key_Up:
        next = at < 0 ? firstBand(lanes - 1, -1) : firstBand(at - 1, -1);
        break;
    case Qt::Key_Escape:
        next = {-1, -1};
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (next.first >= 0 || event->key() == Qt::Key_Escape)
        select(next.first, next.second);
    event->accept();
}

bool WeekChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPair<int, int> hit = bandAt(help->pos());
        if (hit.first >= 0)
            QToolTip::showText(help->globalPos(), bandText(hit.first, hit.second), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void WeekChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        changed();
    QWidget::changeEvent(event);
}

} // namespace seqring
