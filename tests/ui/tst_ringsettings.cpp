// The ring settings editor in the window against the in-process sandbox: the off warning
// with Turn on…, Ctrl+R, live validation at the fields, reordering, and Save settings
// sending the PUT the editor shows.
#include "models/sequentialringsettingsmodel.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowtest.h"
#include "ui/ringsettingsactions.h"
#include "ui/ringsettingsdialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestRingSettings : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void turnOnWithTwoNumbers();
    void ctrlROpensTheSettingsRead();
    void validationAtTheFields();
    void refusedSaveKeepsTheEditorOpen();

private:
    RingSettingsDialog *waitForEditor();
    QList<sandbox::RecordedRequest> settingsPuts() const;
    void type(const char *name, const QString &text);
};

RingSettingsDialog *TestRingSettings::waitForEditor()
{
    return waitForShown<RingSettingsDialog>("ringSettingsDialog");
}

QList<sandbox::RecordedRequest> TestRingSettings::settingsPuts() const
{
    QList<sandbox::RecordedRequest> out;
    for (const auto &request : m_fx.server->receivedRequests()) {
        if (request.method == "PUT" && request.path.endsWith(QLatin1String("/sequentialRing")))
            out.append(request);
    }
    return out;
}

void TestRingSettings::type(const char *name, const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestRingSettings::turnOnWithTwoNumbers()
{
    typeWorkspaceId(londonBoardroom()); // sequential ring off, no number
    QVERIFY(settle());
    auto *warning = find<QWidget>("ringOffWarning");
    QTRY_VERIFY(warning->isVisible());
    QCOMPARE(find<QLabel>("ringOffWarningLabel")->text(),
             QStringLiteral("Sequential ring is off for this workspace: criteria have no effect "
                            "until it is turned on."));
    QVERIFY(!sendBar()->createButton()->toolTip().contains(QLatin1String("off"))); // not an error
    QTest::mouseClick(find<QPushButton>("turnOnButton"), Qt::LeftButton);
    RingSettingsDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Sequential ring settings"));

    clickToggle(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck")));
    QVERIFY(dialog->warningText().contains(QLatin1String("no number")));
    type("ringNumberEdit1", QStringLiteral("+44 20 7183 8750"));
    type("ringNumberEdit2", QStringLiteral("+1 408 555 0100"));
    auto *rings = dialog->findChild<QSpinBox *>(QStringLiteral("ringsSpin2"));
    rings->setValue(4);
    clickToggle(dialog->findChild<QCheckBox *>(QStringLiteral("confirmationCheck1")));
    QVERIFY(dialog->warningText().isEmpty());
    // Reorder: the US number rings first.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveUpButton2")),
                      Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit1"))->text(),
             QStringLiteral("+1 408 555 0100"));
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("ringsSpin1"))->value(), 4);

    const HttpRequestSpec shown = dialog->request();
    QVERIFY(dialog->previewText().startsWith(QLatin1String("PUT ")));
    QVERIFY(dialog->previewText().endsWith(QString::fromUtf8(shown.body)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(settingsPuts().size(), 1);
    QCOMPARE(settingsPuts().first().body, shown.body);
    const QJsonObject sent = QJsonDocument::fromJson(shown.body).object();
    const QJsonArray numbers = sent.value(QLatin1String("phoneNumbers")).toArray();
    QCOMPARE(numbers.size(), 2);
    QCOMPARE(numbers.at(0).toObject().value(QLatin1String("phoneNumber")).toString(),
             QStringLiteral("+14085550100"));
    QCOMPARE(numbers.at(0).toObject().value(QLatin1String("numberOfRings")).toInt(), 4);
    QCOMPARE(numbers.at(1).toObject().value(QLatin1String("phoneNumber")).toString(),
             QStringLiteral("+442071838750"));
    QVERIFY(numbers.at(1)
                .toObject()
                .value(QLatin1String("answerConfirmationRequiredEnabled"))
                .toBool());
    QTRY_VERIFY(!warning->isVisible()); // read again: on, with numbers
    QVERIFY(panel()->settingsText().contains(QLatin1String("Sequential ring is on")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("saved")));
    QTRY_VERIFY(!m_window->findChild<RingSettingsDialog *>(QStringLiteral("ringSettingsDialog")));
}

void TestRingSettings::ctrlROpensTheSettingsRead()
{
    typeWorkspaceId(londonReception()); // on, base rings "2" as a string in GET
    QVERIFY(settle());
    QVERIFY(!find<QWidget>("ringOffWarning")->isVisible());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    RingSettingsDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("baseRingsSpin"))->value(), 2);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit1"))->text(),
             QStringLiteral("+442071838750"));
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("ringsSpin1"))->value(), 3);
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit3"))->text().isEmpty());
    QVERIFY(dialog->request().body.contains("\"baseLocationNumberOfRings\": 2,"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ringSettingsCancelButton")),
                      Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(settingsPuts().isEmpty());
}

void TestRingSettings::validationAtTheFields()
{
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    RingSettingsDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveSettingsButton"));
    type("ringNumberEdit1", QStringLiteral("+44 20 71"));
    QVERIFY(dialog->messageText(0).contains(QLatin1String("Number 1")));
    QVERIFY(!save->isEnabled());
    type("ringNumberEdit1", QStringLiteral("+44 20 7183 8750"));
    QVERIFY(dialog->messageText(0).isEmpty());
    type("ringNumberEdit3", QStringLiteral("+44-20-7183-8750"));
    QVERIFY(dialog->messageText(2).contains(QLatin1String("already in the list")));
    QVERIFY(!save->isEnabled());
    type("ringNumberEdit3", QString());
    QVERIFY(save->isEnabled());
    // Rings outside 2 to 20 cannot be typed; the model refuses them too.
    dialog->model()->setRings(0, 25);
    QVERIFY(dialog->messageText(0).contains(QLatin1String("from 2 to 20")));
    QVERIFY(!save->isEnabled());
}

void TestRingSettings::refusedSaveKeepsTheEditorOpen()
{
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    RingSettingsDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    type("ringNumberEdit1", QStringLiteral("+44 20 7183 8750"));
    m_fx.server->forceStatus(403);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    auto *failure = dialog->findChild<QLabel *>(QStringLiteral("ringSettingsFailure"));
    QTRY_VERIFY(failure->isVisible());
    QVERIFY(failure->text().contains(QLatin1String("403")));
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestRingSettings)
#include "tst_ringsettings.moc"
