#pragma once

#include "ui/weekchart.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace seqring
{

// The "When it rings" tab: the week's heading (its dates, the location and its time zone),
// Previous week, This week and Next week, the WeekChart, the selected band in words, and
// what went wrong or was left out (a missing read scope, a malformed event).
// objectName: weekPanel; the chart: weekChart.
class WeekPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WeekPanel(QWidget *parent = nullptr);

    WeekChart *chart() const { return m_chart; }
    // "Week of 7 Dec 2026 · London (Europe/London)"; an empty `location`: the week alone.
    void setHeading(QDate monday, const QString &location, const QString &timeZone);
    // Problems and warnings under the chart, one a line; empty: none shown.
    void setNotes(const QStringList &lines);
    QString notes() const;
    // While a read is on its way the buttons stay usable; the heading says "reading…".
    void setReading(bool reading);

Q_SIGNALS:
    void previousWeek();
    void thisWeek();
    void nextWeek();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeading();

    QLabel *m_heading;
    QPushButton *m_previous, *m_this, *m_next;
    WeekChart *m_chart;
    QLabel *m_selection;
    QLabel *m_notes;
    QDate m_monday;
    QString m_location, m_zone;
    bool m_reading = false;
};

} // namespace seqring
