// Run-time language switching: with the project's German catalogue installed, the criteria
// form, phone numbers editor, validation list, request preview and result dialogs show
// German; with it removed, English again.
#include "app/client/apirequests.h"
#include "app/client/apiresult.h"
#include "models/criteriamodel.h"
#include "tests/common/previewtext.h"
#include "ui/criteriaform.h"
#include "ui/fieldmarker.h"
#include "ui/phonenumberseditor.h"
#include "ui/requestpreview.h"
#include "ui/results/errordialog.h"
#include "ui/results/resultdialogs.h"
#include "ui/validationlist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace seqring;
using seqring::test::previewPlaceholder;
using seqring::test::previewStatus;

namespace
{

template <typename T> T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

// The text of the label whose buddy is `input`.
QString buddyText(const QWidget &parent, const QWidget *input)
{
    const QList<QLabel *> labels = parent.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == input)
            return label->text();
    }
    return {};
}

HttpRequestSpec sampleRequest()
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    const RequestContext context{QStringLiteral("https://webexapis.com/v1"),
                                 QStringLiteral("WORKSPACE-ONE"),
                                 {},
                                 QStringLiteral("fake-token-for-retranslate-tests")};
    return ApiRequests::createCriteria(criteria, context);
}

} // namespace

class TestRetranslate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void criteriaFormFollowsTheLanguage();
    void phoneNumbersEditorFollowsTheLanguage();
    void validationListFollowsTheLanguage();
    void requestPreviewFollowsTheLanguage();
    void successDialogFollowsTheLanguage();
    void errorDialogFollowsTheLanguage();

private:
    // Installs (or removes) the German catalogue and lets every widget hear of it.
    void german(bool on);
    // The German of a source text, as the catalogue has it; fails the test when missing.
    QString de(const char *context, const char *source) const;

    QTranslator m_german;
    bool m_installed = false;
};

void TestRetranslate::initTestCase()
{
    const QString catalogue = QStringLiteral(":/i18n/seqring-admin_de.qm");
    QVERIFY2(QFile::exists(catalogue), "the German catalogue is not embedded in seqring_ui");
    QVERIFY(m_german.load(catalogue));
    QVERIFY(!m_german.isEmpty());
}

void TestRetranslate::cleanup()
{
    if (m_installed)
        german(false);
}

void TestRetranslate::german(bool on)
{
    if (on)
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    else
        QVERIFY(QCoreApplication::removeTranslator(&m_german));
    m_installed = on;
    // Qt posts LanguageChange to every top-level window; deliver it now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QString TestRetranslate::de(const char *context, const char *source) const
{
    const QString text = m_german.translate(context, source);
    if (text.isEmpty())
        qWarning("No German for %s / \"%s\"", context, source);
    return text;
}

void TestRetranslate::criteriaFormFollowsTheLanguage()
{
    CriteriaModel model;
    model.setHasSchedule(true); // an empty schedule name: an issue beside the name
    CriteriaForm form(&model);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));

    auto *only = child<QCheckBox>(form, "onlyDuringScheduleCheck");
    auto *types = child<QComboBox>(form, "scheduleTypeCombo");
    auto *level = child<QLabel>(form, "scheduleLevelLabel");
    auto *marker = child<FieldMarker>(form, "scheduleNameMarker");
    QVERIFY(only && types && level && marker);
    types->setCurrentIndex(1);
    QCOMPARE(model.scheduleType(), std::optional<ScheduleType>(ScheduleType::Holidays));
    QCOMPARE(only->text(), QStringLiteral("&Only during a schedule"));
    QCOMPARE(types->itemText(0), QStringLiteral("Business hours"));
    QVERIFY(marker->hasIssues());
    const QString englishIssue = marker->toolTip();
    const QString englishLevel = level->text();

    german(true);
    const QString germanOnly = de("seqring::CriteriaForm", "&Only during a schedule");
    QVERIFY(!germanOnly.isEmpty());
    QCOMPARE(only->text(), germanOnly);
    QVERIFY(only->text() != QStringLiteral("&Only during a schedule"));
    QCOMPARE(types->itemText(0), de("seqring::CriteriaForm", "Business hours"));
    QCOMPARE(types->itemText(1), de("seqring::CriteriaForm", "Holidays"));
    QCOMPARE(types->currentIndex(), 1); // the choice survives the new texts
    QCOMPARE(model.scheduleType(), std::optional<ScheduleType>(ScheduleType::Holidays));
    QVERIFY(level->text() != englishLevel);
    QVERIFY(marker->hasIssues());
    QVERIFY2(marker->toolTip() != englishIssue, qPrintable(marker->toolTip()));
    QCOMPARE(child<QPushButton>(form, "addNumberButton")->text(),
             de("seqring::PhoneNumbersEditor", "A&dd"));

    german(false);
    QCOMPARE(only->text(), QStringLiteral("&Only during a schedule"));
    QCOMPARE(types->itemText(1), QStringLiteral("Holidays"));
    QCOMPARE(types->currentIndex(), 1);
    QCOMPARE(level->text(), englishLevel);
    QCOMPARE(marker->toolTip(), englishIssue);
    QCOMPARE(child<QPushButton>(form, "addNumberButton")->text(), QStringLiteral("A&dd"));
}

void TestRetranslate::phoneNumbersEditorFollowsTheLanguage()
{
    CriteriaModel model;
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    PhoneNumbersEditor editor(&model);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *add = child<QPushButton>(editor, "addNumberButton");
    auto *remove = child<QPushButton>(editor, "removeNumberButton");
    auto *counter = child<QLabel>(editor, "numberCounterLabel");
    QVERIFY(add && remove && counter);
    const QString englishList = buddyText(editor, editor.listView());
    QCOMPARE(englishList, QStringLiteral("Phone num&bers"));
    editor.addFromInput(); // nothing typed: a message asks for a number
    const QString englishMessage = editor.message();
    QCOMPARE(englishMessage,
             QStringLiteral("Type a phone number to add, such as +44 20 7183 8750."));
    QCOMPARE(counter->text(), QStringLiteral("0 / 12"));

    german(true);
    QCOMPARE(add->text(), de("seqring::PhoneNumbersEditor", "A&dd"));
    QVERIFY(add->text() != QStringLiteral("A&dd"));
    QCOMPARE(remove->text(), de("seqring::PhoneNumbersEditor", "Remove"));
    QCOMPARE(buddyText(editor, editor.listView()),
             de("seqring::PhoneNumbersEditor", "Phone num&bers"));
    QCOMPARE(editor.message(), de("seqring::PhoneNumbersEditor",
                                  "Type a phone number to add, such as +44 20 7183 8750."));
    QVERIFY(editor.message() != englishMessage);
    QVERIFY(!counter->text().isEmpty());

    german(false);
    QCOMPARE(add->text(), QStringLiteral("A&dd"));
    QCOMPARE(remove->text(), QStringLiteral("Remove"));
    QCOMPARE(buddyText(editor, editor.listView()), englishList);
    QCOMPARE(editor.message(), englishMessage);
    QCOMPARE(counter->text(), QStringLiteral("0 / 12"));
}

void TestRetranslate::validationListFollowsTheLanguage()
{
    // As in the window: the list and the form share the model; the form asks the model
    // for messages in the new language and the list follows.
    CriteriaModel model;
    model.setHasSchedule(true);
    CriteriaForm form(&model);
    ValidationList list(&model);
    form.show();
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QVERIFY(list.count() > 0);
    QVERIFY(list.item(0)->data(ValidationList::FieldRole).isValid());
    const QString englishIssue = list.item(0)->text();
    const QString englishName = list.accessibleName();

    german(true);
    QVERIFY(list.count() > 0);
    QVERIFY2(list.item(0)->text() != englishIssue, qPrintable(list.item(0)->text()));
    QCOMPARE(list.item(0)->text(), model.issues().first().message);
    QCOMPARE(list.accessibleName(), de("seqring::ValidationList", "Problems"));

    german(false);
    QCOMPARE(list.item(0)->text(), englishIssue);
    QCOMPARE(list.accessibleName(), englishName);

    // Without problems, the list's own entry changes language too.
    ValidationList empty;
    empty.show();
    QCOMPARE(empty.item(0)->text(), QStringLiteral("No problems found."));
    german(true);
    QCOMPARE(empty.item(0)->text(), de("seqring::ValidationList", "No problems found."));
    german(false);
    QCOMPARE(empty.item(0)->text(), QStringLiteral("No problems found."));
}

void TestRetranslate::requestPreviewFollowsTheLanguage()
{
    RequestPreview preview;
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QString englishPlaceholder = previewPlaceholder(&preview);
    QVERIFY(!englishPlaceholder.isEmpty());

    german(true);
    QCOMPARE(previewPlaceholder(&preview),
             de("seqring::RequestPreview",
                "No request yet: choose a workspace and fill in the criteria."));
    german(false);
    QCOMPARE(previewPlaceholder(&preview), englishPlaceholder);

    preview.setRequest(sampleRequest());
    preview.copyJson();
    auto *copyJson = child<QPushButton>(preview, "copyJsonButton");
    auto *copyCurl = child<QPushButton>(preview, "copyCurlButton");
    auto *showToken = child<QPushButton>(preview, "showTokenButton");
    QVERIFY(copyJson && copyCurl && showToken);
    QCOMPARE(copyJson->text(), QStringLiteral("Copy &JSON"));
    QCOMPARE(previewStatus(&preview), QStringLiteral("Copied the JSON body."));
    const QString englishUrlLabel = buddyText(preview, child<QLineEdit>(preview, "previewUrl"));
    const QString englishCurlTip = preview.copyCurlAction()->toolTip();

    german(true);
    QCOMPARE(copyJson->text(), de("seqring::RequestPreview", "Copy &JSON"));
    QVERIFY(copyJson->text() != QStringLiteral("Copy &JSON"));
    QCOMPARE(preview.copyJsonAction()->text(), copyJson->text());
    QCOMPARE(copyCurl->text(), de("seqring::RequestPreview", "Copy as cURL"));
    QCOMPARE(preview.copyCurlAction()->text(), copyCurl->text());
    QVERIFY(preview.copyCurlAction()->toolTip() != englishCurlTip);
    QCOMPARE(copyCurl->toolTip(), preview.copyCurlAction()->toolTip());
    QCOMPARE(showToken->text(), de("seqring::RequestPreview", "Show token"));
    QCOMPARE(previewStatus(&preview), de("seqring::RequestPreview", "Copied the JSON body."));
    QCOMPARE(buddyText(preview, child<QPlainTextEdit>(preview, "previewBody")),
             de("seqring::RequestPreview", "Bod&y:"));

    german(false);
    QCOMPARE(copyJson->text(), QStringLiteral("Copy &JSON"));
    QCOMPARE(copyCurl->text(), QStringLiteral("Copy as cURL"));
    QCOMPARE(preview.copyCurlAction()->toolTip(), englishCurlTip);
    QCOMPARE(showToken->text(), QStringLiteral("Show token"));
    QCOMPARE(previewStatus(&preview), QStringLiteral("Copied the JSON body."));
    QCOMPARE(buddyText(preview, child<QLineEdit>(preview, "previewUrl")), englishUrlLabel);
}

void TestRetranslate::successDialogFollowsTheLanguage()
{
    ApiResult result;
    result.ok = true;
    result.httpStatus = 201;
    result.createdId = QStringLiteral("Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzEyMw");
    auto *dialog = new SuccessDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *copy = child<QPushButton>(*dialog, "copyIdButton");
    QVERIFY(copy);
    QCOMPARE(copy->text(), QStringLiteral("&Copy ID"));
    const QString englishTitle = dialog->windowTitle();

    german(true);
    QCOMPARE(copy->text(), de("seqring::SuccessDialog", "&Copy ID"));
    QCOMPARE(dialog->windowTitle(), de("seqring::SuccessDialog", "Criteria created"));
    QCOMPARE(dialog->idText(), result.createdId);

    german(false);
    QCOMPARE(copy->text(), QStringLiteral("&Copy ID"));
    QCOMPARE(dialog->windowTitle(), englishTitle);
    delete dialog;
}

void TestRetranslate::errorDialogFollowsTheLanguage()
{
    ApiResult result;
    result.httpStatus = 400;
    result.error.kind = ApiError::Kind::Http;
    result.error.httpStatus = 400;
    result.error.statusMeaning = QStringLiteral("Bad request.");
    result.error.serverMessage = QStringLiteral("Invalid phone number.");
    result.error.trackingId = QStringLiteral("ROUTER_0123");
    auto *dialog = new ErrorDialog(result);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *details = child<QPushButton>(*dialog, "showDetailsButton");
    QVERIFY(details);
    const QString englishHeading = dialog->headingText();
    QCOMPARE(details->text(), QStringLiteral("Show &details"));

    german(true);
    QCOMPARE(details->text(), de("seqring::ErrorDialog", "Show &details"));
    QCOMPARE(dialog->headingText(), de("seqring::ErrorDialog", "The request failed."));
    QVERIFY(dialog->messageText().contains(QStringLiteral("Invalid phone number.")));
    QCOMPARE(dialog->trackingIdText(), QStringLiteral("ROUTER_0123"));
    dialog->setDetailsVisible(true);
    QCOMPARE(details->text(), de("seqring::ErrorDialog", "Hide &details"));

    german(false);
    QCOMPARE(details->text(), QStringLiteral("Hide &details"));
    QCOMPARE(dialog->headingText(), englishHeading);
    QVERIFY(dialog->detailsVisible());
    delete dialog;
}

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
