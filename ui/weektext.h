#pragma once

#include "models/callrules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqring
{

// The week of When it rings in words: a lane's name, a stretch of the week, a band, and the
// lines screen readers get (the WeekChart's tooltips, selection and accessible description).
class WeekText
{
    Q_DECLARE_TR_FUNCTIONS(WeekText)
public:
    // "London Business Hours criteria", "All hours criteria"; the form's: "Form: …".
    static QString laneName(const CriteriaLane &lane, bool form);
    // "rings" or "does not ring".
    static QString effect(const CriteriaLane &lane);
    // A stretch of the week as "Mon 09:00–17:00", "Mon 22:00–Tue 06:00", "Sat 00:00–24:00"
    // (short day names of the interface's locale).
    static QString span(const WallInterval &interval);
    // "London Business Hours criteria: Mon 09:00–17:00, rings".
    static QString band(const CriteriaLane &lane, bool form, const WallInterval &interval);
    // One line per band, holidays first: "Mon 09:00–17:00: London Business Hours criteria,
    // rings"; a lane without bands says why. `lanes` as drawn; `formLane` the index of the
    // form's lane, or -1.
    static QStringList lines(const QList<WallInterval> &holidays, const QList<CriteriaLane> &lanes,
                             int formLane);
    // The lane's name over its bands: its name, its effect, a missing schedule.
    static QString laneHeading(const CriteriaLane &lane, bool form);
};

} // namespace seqring
