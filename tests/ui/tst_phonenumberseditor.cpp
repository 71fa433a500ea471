// PhoneNumbersEditor: adding typed and pasted numbers, removing, the limit, the region.
#include "models/criteriamodel.h"
#include "models/phonenumberlistmodel.h"
#include "ui/phonenumberseditor.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

class TestPhoneNumbersEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void enterAddsWithE164_data();
    void enterAddsWithE164();
    void addButtonAdds();
    void invalidNumberIsKeptWithReason();
    void emptyInputAddsNothing();
    void removeButtonRemoves();
    void deleteKeyRemoves();
    void pasteAddsEach_data();
    void pasteAddsEach();
    void counterShowsCount();
    void thirteenthNumberRefused();
    void hugePasteKeepsTwelveWithOneMessage();
    void regionChangeRenormalises();
    void regionComboFollowsModel();
    void setCriteriaReachesTheList();
    void outlivesItsModel();
    void labelsAndMnemonics();

private:
    QListView *list() const
    {
        return m_editor->findChild<QListView *>(QStringLiteral("phoneNumbersList"));
    }
    QLineEdit *edit() const
    {
        return m_editor->findChild<QLineEdit *>(QStringLiteral("addNumberEdit"));
    }
    QPushButton *button(const char *name) const
    {
        return m_editor->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *counter() const
    {
        return m_editor->findChild<QLabel *>(QStringLiteral("numberCounterLabel"));
    }
    QComboBox *region() const
    {
        return m_editor->findChild<QComboBox *>(QStringLiteral("defaultRegionCombo"));
    }
    QModelIndex row(int r) const { return list()->model()->index(r, 0); }
    int rows() const { return list()->model()->rowCount(); }
    void typeAndEnter(const QString &text)
    {
        edit()->setFocus();
        QTest::keyClicks(edit(), text);
        QTest::keyClick(edit(), Qt::Key_Return);
    }

    CriteriaModel *m_model = nullptr;
    PhoneNumbersEditor *m_editor = nullptr;
};

void TestPhoneNumbersEditor::init()
{
    m_model = new CriteriaModel;
    m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    m_model->setDefaultRegion(QStringLiteral("US"));
    m_editor = new PhoneNumbersEditor(m_model);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QVERIFY(list() && edit() && counter() && region());
    QVERIFY(button("addNumberButton") && button("removeNumberButton"));
}

void TestPhoneNumbersEditor::cleanup()
{
    delete m_editor;
    delete m_model;
}

void TestPhoneNumbersEditor::enterAddsWithE164_data()
{
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");
    QTest::newRow("international") << QStringLiteral("US") << QStringLiteral("+44 20 7183 8750")
                                   << QStringLiteral("+442071838750");
    QTest::newRow("national GB") << QStringLiteral("GB") << QStringLiteral("020 7183 8750")
                                 << QStringLiteral("+442071838750");
    QTest::newRow("national US") << QStringLiteral("US") << QStringLiteral("(650) 253-0000")
                                 << QStringLiteral("+16502530000");
}

void TestPhoneNumbersEditor::enterAddsWithE164()
{
    QFETCH(QString, regionCode);
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    m_model->setDefaultRegion(regionCode);
    typeAndEnter(typed);
    QCOMPARE(rows(), 1);
    QCOMPARE(row(0).data(PhoneNumberListModel::NormalizedRole).toString(), e164);
    const QString shown = row(0).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(typed) && shown.contains(e164), qPrintable(shown));
    QVERIFY(edit()->text().isEmpty());
    QVERIFY(!row(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(m_model->criteria().phoneNumbers, QStringList{e164});
}

void TestPhoneNumbersEditor::addButtonAdds()
{
    QTest::keyClicks(edit(), QStringLiteral("+1 650 253 0000"));
    QTest::mouseClick(button("addNumberButton"), Qt::LeftButton);
    QCOMPARE(rows(), 1);
    QCOMPARE(row(0).data(PhoneNumberListModel::NormalizedRole).toString(),
             QStringLiteral("+16502530000"));
}

void TestPhoneNumbersEditor::invalidNumberIsKeptWithReason()
{
    typeAndEnter(QStringLiteral("12ab"));
    QCOMPARE(rows(), 1); // nothing typed is lost
    QCOMPARE(row(0).data(PhoneNumberListModel::ValidRole).toBool(), false);
    const QString reason = row(0).data(PhoneNumberListModel::ProblemRole).toString();
    QVERIFY(reason.contains(QStringLiteral("12ab")));
    QCOMPARE(row(0).data(Qt::ToolTipRole).toString(), reason);
    QVERIFY(!row(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(m_model->hasErrors());
    const ValidationIssues issues = m_model->issuesFor(Field::PhoneNumbers);
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [&](const ValidationIssue &i) {
        return i.row == 0 && i.message == reason;
    }));
}

void TestPhoneNumbersEditor::emptyInputAddsNothing()
{
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(rows(), 0);
    QVERIFY(!m_editor->message().isEmpty());
}

void TestPhoneNumbersEditor::removeButtonRemoves()
{
    m_model->phoneNumbers()->setTyped(
        {QStringLiteral("+442071838750"), QStringLiteral("+16502530000")});
    QCOMPARE(rows(), 2);
    QVERIFY(!button("removeNumberButton")->isEnabled());
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(row(0)).center());
    QVERIFY(button("removeNumberButton")->isEnabled());
    QTest::mouseClick(button("removeNumberButton"), Qt::LeftButton);
    QCOMPARE(m_model->phoneNumbers()->typed(), QStringList{QStringLiteral("+16502530000")});
}

void TestPhoneNumbersEditor::deleteKeyRemoves()
{
    m_model->phoneNumbers()->setTyped({QStringLiteral("+442071838750"),
                                       QStringLiteral("+16502530000"),
                                       QStringLiteral("+33 1 42 68 53 00")});
    m_editor->selectRow(1);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Delete);
    QCOMPARE(rows(), 2);
    QCOMPARE(m_model->phoneNumbers()->typed().at(1), QStringLiteral("+33 1 42 68 53 00"));
    QTest::keyClick(list(), Qt::Key_Delete); // the next row is selected: Delete again works
    QCOMPARE(m_model->phoneNumbers()->typed(), QStringList{QStringLiteral("+442071838750")});
}

void TestPhoneNumbersEditor::pasteAddsEach_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("intoList");
    const QString a = QStringLiteral("+442071838750");
    const QString b = QStringLiteral("+16502530000");
    const QString c = QStringLiteral("+33142685300");
    for (bool intoList : {false, true}) {
        const char *where = intoList ? "list" : "input";
        QTest::addRow("%s newlines", where) << QString(a + u'\n' + b + u'\n' + c) << intoList;
        QTest::addRow("%s CRLF", where)
            << QString(a + QStringLiteral("\r\n") + b + QStringLiteral("\r\n") + c) << intoList;
        QTest::addRow("%s commas", where)
            << QString(a + QStringLiteral(", ") + b + u',' + c) << intoList;
        QTest::addRow("%s semicolons", where)
            << QString(a + u';' + b + QStringLiteral(" ; ") + c) << intoList;
        QTest::addRow("%s mixed, blank lines", where)
            << QString(a + QStringLiteral("\n\n") + b + QStringLiteral(";\n") + c + u',')
            << intoList;
    }
}

void TestPhoneNumbersEditor::pasteAddsEach()
{
    QFETCH(QString, text);
    QFETCH(bool, intoList);
    QApplication::clipboard()->setText(text);
    QWidget *target = intoList ? static_cast<QWidget *>(list()) : edit();
    target->setFocus();
    QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_model->criteria().phoneNumbers,
             (QStringList{QStringLiteral("+442071838750"), QStringLiteral("+16502530000"),
                          QStringLiteral("+33142685300")}));
    QVERIFY(edit()->text().isEmpty());
}

void TestPhoneNumbersEditor::counterShowsCount()
{
    QCOMPARE(counter()->text(), QStringLiteral("0 / 12"));
    typeAndEnter(QStringLiteral("+442071838750"));
    QCOMPARE(counter()->text(), QStringLiteral("1 / 12"));
    m_model->phoneNumbers()->setTyped(QStringList(5, QStringLiteral("+16502530000")));
    QCOMPARE(counter()->text(), QStringLiteral("5 / 12"));
}

void TestPhoneNumbersEditor::thirteenthNumberRefused()
{
    QStringList twelve;
    for (int i = 0; i < kMaxPhoneNumbers; ++i)
        twelve.append(QStringLiteral("+1650253%1").arg(i, 4, 10, QLatin1Char('0')));
    m_model->phoneNumbers()->setTyped(twelve);
    QSignalSpy messages(m_editor, &PhoneNumbersEditor::messageChanged);
    typeAndEnter(QStringLiteral("+442071838750"));
    QCOMPARE(rows(), 12);
    QCOMPARE(counter()->text(), QStringLiteral("12 / 12"));
    QCOMPARE(messages.size(), 1);
    QVERIFY(m_editor->message().contains(QStringLiteral("12")));
    QVERIFY(m_editor->message().contains(QStringLiteral("+442071838750")));
    auto *label = m_editor->findChild<QLabel *>(QStringLiteral("numberMessageLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(edit()->text(), QStringLiteral("+442071838750")); // kept to add later
}

void TestPhoneNumbersEditor::hugePasteKeepsTwelveWithOneMessage()
{
    QStringList lines;
    for (int i = 0; i < 10000; ++i)
        lines.append(QStringLiteral("+1650%1").arg(i, 7, 10, QLatin1Char('0')));
    QApplication::clipboard()->setText(lines.join(u'\n'));
    QSignalSpy messages(m_editor, &PhoneNumbersEditor::messageChanged);
    QSignalSpy validations(m_model, &CriteriaModel::validationChanged);
    QElapsedTimer timer;
    timer.start();
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(rows(), 12);
    QCOMPARE(m_model->phoneNumbers()->typed(), lines.mid(0, 12));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(validations.size(), 1);
    QVERIFY2(m_editor->message().contains(QLocale().toString(9988)),
             qPrintable(m_editor->message()));
}

void TestPhoneNumbersEditor::regionChangeRenormalises()
{
    typeAndEnter(QStringLiteral("020 7183 8750"));
    QCOMPARE(row(0).data(PhoneNumberListModel::ValidRole).toBool(), false); // not a US number
    QSignalSpy changed(list()->model(), &QAbstractItemModel::dataChanged);
    const int gb = region()->findData(QStringLiteral("GB"));
    QVERIFY(gb >= 0);
    QCOMPARE(region()->itemText(gb), QStringLiteral("GB (+44)"));
    region()->setFocus();
    region()->setCurrentIndex(gb);
    QCOMPARE(m_model->defaultRegion(), QStringLiteral("GB"));
    QVERIFY(changed.size() >= 1); // the view repaints the rows
    QCOMPARE(row(0).data(PhoneNumberListModel::NormalizedRole).toString(),
             QStringLiteral("+442071838750"));
    QVERIFY(m_model->issuesFor(Field::PhoneNumbers).isEmpty());
}

void TestPhoneNumbersEditor::regionComboFollowsModel()
{
    QCOMPARE(region()->currentData().toString(), QStringLiteral("US"));
    m_model->setDefaultRegion(QStringLiteral("FR"));
    QCOMPARE(region()->currentData().toString(), QStringLiteral("FR"));
    QCOMPARE(region()->currentText(), QStringLiteral("FR (+33)"));
}

void TestPhoneNumbersEditor::setCriteriaReachesTheList()
{
    // CriteriaModel::setCriteria() replaces the numbers with the list's signals blocked;
    // the view must still learn of the new rows.
    Criteria criteria;
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.phoneNumbers = {QStringLiteral("+442071838750"), QStringLiteral("+16502530000"),
                             QStringLiteral("+33142685300")};
    QSignalSpy reset(list()->model(), &QAbstractItemModel::modelReset);
    m_model->setCriteria(criteria);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(rows(), 3);
    QTRY_VERIFY(list()->visualRect(row(2)).isValid());
    QCOMPARE(counter()->text(), QStringLiteral("3 / 12"));
}

void TestPhoneNumbersEditor::outlivesItsModel()
{
    m_model->phoneNumbers()->setTyped({QStringLiteral("+442071838750")});
    delete m_model;
    m_model = nullptr;
    QCOMPARE(rows(), 0);
    QTest::keyClicks(edit(), QStringLiteral("+16502530000"));
    QTest::keyClick(edit(), Qt::Key_Return); // nothing to add to, and no crash
    QCOMPARE(edit()->text(), QStringLiteral("+16502530000"));
    QCOMPARE(m_editor->addNumbers({QStringLiteral("+16502530000")}), 0);
}

void TestPhoneNumbersEditor::labelsAndMnemonics()
{
    // Alt+letters that do not clash with the window's menus (File, Edit, View, Help).
    QStringList labels;
    const QList<QLabel *> all = m_editor->findChildren<QLabel *>();
    for (const QLabel *label : all) {
        if (label->buddy())
            labels << label->text();
    }
    QVERIFY2(labels.contains(QStringLiteral("Add nu&mber")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("Phone num&bers")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("Default re&gion")), qPrintable(labels.join(u'|')));
    QCOMPARE(button("addNumberButton")->text(), QStringLiteral("A&dd"));
    // Remove has no mnemonic: the Delete key removes, and its tooltip says so.
    QCOMPARE(button("removeNumberButton")->text(), QStringLiteral("Remove"));
    QCOMPARE(button("removeNumberButton")->toolTip(),
             QStringLiteral("Remove the selected numbers (Delete)"));
}

QTEST_MAIN(TestPhoneNumbersEditor)
#include "tst_phonenumberseditor.moc"
