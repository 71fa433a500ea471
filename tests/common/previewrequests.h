#pragma once

// The requests the RequestPreview tests show (two creates with obviously fake tokens) and
// what a person can see in a widget, to prove that a hidden token is nowhere in it.
#include "app/client/apirequests.h"
#include "tests/common/findchild.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

namespace seqring::test
{

// Obviously fake; long enough that maskToken shows only its ends.
inline const QString kToken = QStringLiteral("preview-test-token-not-real-0123456789");

inline Criteria selectCriteria()
{
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.anonymousCallersEnabled = true;
    criteria.phoneNumbers = {QStringLiteral("+442071838750"), QStringLiteral("+14085550123")};
    return criteria;
}

// A create with selected numbers for WORKSPACE-ONE, with kToken.
inline HttpRequestSpec firstSpec()
{
    const RequestContext context{
        QStringLiteral("https://webexapis.com/v1"), QStringLiteral("WORKSPACE-ONE"), {}, kToken};
    return ApiRequests::createCriteria(selectCriteria(), context);
}

// Another create, for WORKSPACE-TWO in ORG-TWO, with another token.
inline HttpRequestSpec secondSpec()
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    criteria.ringEnabled = false;
    const RequestContext context{QStringLiteral("https://webexapis.com/v1"),
                                 QStringLiteral("WORKSPACE-TWO"), QStringLiteral("ORG-TWO"),
                                 QStringLiteral("second-fake-token-for-tests-abcdef")};
    return ApiRequests::createCriteria(criteria, context);
}

// Every text a person can see or a screen reader can read in `root`.
inline QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->text();
        if (auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            texts << edit->toPlainText();
        if (auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
    }
    return texts;
}

inline bool anyContains(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

} // namespace seqring::test
