#pragma once

#include "models/callrules.h"

#include <QWidget>
#include <optional>

namespace seqring
{

// The week of "When it rings", drawn with QPainter: one lane per criteria (the form's own
// lane first, dashed), its bands where it is in effect, blue for "rings" and hatched orange
// for "does not ring", the holidays shaded, today's line. A band is named by hovering it
// (tooltip), clicking it, or moving to it with the arrow keys; the accessible description
// lists every band as text (`Mon 09:00–12:30: Office Hours criteria, rings`).
class WeekChart : public QWidget
{
    Q_OBJECT
public:
    explicit WeekChart(QWidget *parent = nullptr);

    // The service's criteria and holidays of one week (CallRules::weekBands).
    void setWeek(const WeekView &week);
    // The form's criteria in that week; unset: no form lane.
    void setFormLane(const std::optional<CriteriaLane> &lane);
    // The wall-clock time now at the location; outside the week or invalid: no line.
    void setNow(const QDateTime &local);
    // Said in place of the lanes while there are none (e.g. why the week could not be read).
    void setMessage(const QString &text);

    QDate monday() const { return m_week.monday; }
    // Lanes as drawn, top to bottom: the form's (when set), then the service's.
    int laneCount() const;
    const CriteriaLane &lane(int index) const;
    bool isFormLane(int index) const { return m_form && index == 0; }
    // How sentences name lane `index`: "London Business Hours criteria", "All hours
    // criteria", "Form: …".
    QString laneName(int index) const;
    // One line per band, holidays first: "Mon 09:00–17:00: London Business Hours criteria,
    // rings"; a lane without bands says so. The accessible description is these lines.
    QStringList bandLines() const;

    // The selected band (lane, band index), or {-1, -1}.
    QPair<int, int> selection() const { return m_selected; }
    // Selects band `band` of lane `lane` (both -1: none); emits selectionChanged().
    void select(int lane, int band);
    // "London Business Hours criteria: Mon 09:00–17:00, rings", or empty.
    QString bandText(int lane, int band) const;

    QSize sizeHint() const override { return {520, 300}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

Q_SIGNALS:
    // The selected band changed; `text` is bandText() of it, empty when none.
    void selectionChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry {
        QRect days, lanes, legend;
        int laneHeight = 0;
    };
    Geometry geometry() const;
    int xOf(const Geometry &g, const QDateTime &t) const;
    QRect bandRect(const Geometry &g, int lane, int band) const;
    QPair<int, int> bandAt(const QPoint &pos) const;
    void changed();
    void paintGrid(QPainter &p, const Geometry &g) const;
    void paintLanes(QPainter &p, const Geometry &g) const;
    void paintLegend(QPainter &p, const Geometry &g) const;

    WeekView m_week;
    std::optional<CriteriaLane> m_form;
    QDateTime m_now;
    QString m_message;
    QPair<int, int> m_selected{-1, -1};
};

} // namespace seqring
