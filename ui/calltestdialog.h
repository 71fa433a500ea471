#pragma once

#include "models/caller.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace seqring
{

// Edit > Test a call…: Caller (a number, Private caller or Unavailable caller), Date and
// time at the location (its zone shown; now by default) and Test. Test asks for the answer
// (testRequested); whoever reads the service answers with setAnswer() or setProblem(). The
// answer says what happens on the service, the second line what saving the form would change.
// objectName: callTestDialog.
class CallTestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CallTestDialog(QWidget *parent = nullptr);

    // The location whose wall clock Date and time is; `now` its wall-clock time now, put in
    // Date and time unless the administrator has changed it.
    void setLocation(const QString &name, const QString &timeZone, const QDateTime &now);
    // The caller as typed, read with CallerParser (national numbers in `defaultRegion`);
    // Private caller and Unavailable caller (in the interface's language) are those callers.
    Parsed<Caller> caller(const QString &defaultRegion) const;
    QString callerText() const;
    void setCallerText(const QString &text);
    // The wall-clock time at the location (LocalClock::wall form).
    QDateTime localTime() const;
    void setLocalTime(const QDateTime &local);

    // While the service is read: Test is off and the answer says so.
    void setBusy(bool busy);
    void setAnswer(const QString &answer, const QString &ifSaved);
    void setProblem(const QString &problem);
    QString answer() const;
    QString ifSaved() const;

Q_SIGNALS:
    void testRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_callerLabel, *m_timeLabel, *m_zone;
    QComboBox *m_caller;
    QDateTimeEdit *m_time;
    QPushButton *m_test;
    QLabel *m_answer, *m_ifSaved;
    QString m_zoneName, m_location;
    bool m_timeEdited = false;
};

} // namespace seqring
