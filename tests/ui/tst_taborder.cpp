// The window's tab order: the bars shown over the form (the autosave offer, the edit
// banner) come before the form's fields, after the target, where they are seen.
#include "tests/common/windowtest.h"

#include <QPushButton>

using namespace seqring;
using namespace seqring::test;

// Tests where Tab reaches the buttons of the bars over the form.
class TestTabOrder : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void barsBeforeTheForm_data();
    void barsBeforeTheForm();

private:
    // The window's focus chain, every widget Tab may stop at, from the window on.
    QList<QWidget *> chain() const
    {
        QList<QWidget *> widgets;
        for (QWidget *w = m_window->nextInFocusChain(); w != m_window; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                widgets.append(w);
        }
        return widgets;
    }
};

void TestTabOrder::barsBeforeTheForm_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("Restore (autosave offer)") << "restoreAutosaveButton";
    QTest::newRow("Discard (autosave offer)") << "discardAutosaveButton";
    QTest::newRow("Cancel editing (edit banner)") << "cancelEditButton";
}

void TestTabOrder::barsBeforeTheForm()
{
    QFETCH(QString, button);
    const QList<QWidget *> widgets = chain();
    auto *bar = find<QPushButton>(qPrintable(button));
    QVERIFY(bar);
    auto *form = find<QWidget>("criteriaForm");
    const auto firstOfForm = std::find_if(widgets.begin(), widgets.end(),
                                          [form](QWidget *w) { return form->isAncestorOf(w); });
    QVERIFY(firstOfForm != widgets.end());
    const qsizetype at = widgets.indexOf(bar);
    QVERIFY(at >= 0);
    QVERIFY2(at < firstOfForm - widgets.begin(),
             qPrintable(QStringLiteral("%1 is at %2, the form starts at %3")
                            .arg(button)
                            .arg(at)
                            .arg(firstOfForm - widgets.begin())));
    // After the target, which is above the bars.
    QVERIFY(widgets.indexOf(find<QWidget>("setTokenButton")) < at);
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
