#pragma once

#include "models/criteriamodel.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace seqring
{

class PhoneNumberIconProxy;
class PhoneNumberRegionCombo;

// Edits the phone numbers of a criteria: type or paste numbers, see each one's E.164
// form and problem, remove them, and choose the region national numbers belong to.
//
// Binds to CriteriaModel::phoneNumbers() and CriteriaModel::defaultRegion. Refuses
// numbers beyond kMaxPhoneNumbers with a message in the editor (message()), and adds an
// invalid number anyway so the admin can see why and fix it. Its focus proxy is the
// "Add number" input. Child objectNames: addNumberEdit, addNumberButton,
// phoneNumbersList, removeNumberButton, numberCounterLabel, defaultRegionCombo,
// numberMessageLabel.
class PhoneNumbersEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneNumbersEditor(QWidget *parent = nullptr); // for Qt Designer; call setModel()
    explicit PhoneNumbersEditor(CriteriaModel *model, QWidget *parent = nullptr);

    void setModel(CriteriaModel *model);
    CriteriaModel *model() const { return m_model; }

    // Adds numbers as typed, at most up to the limit; returns how many were added.
    // Sets message() when some are left out.
    int addNumbers(const QStringList &typed);
    // Adds what the "Add number" input holds (several numbers may be separated as in a
    // paste). The input keeps whatever could not be added.
    void addFromInput();
    // Adds every number of a pasted text (separated by newlines, commas or semicolons).
    void pasteNumbers(const QString &text);
    // Removes the selected rows of the list.
    void removeSelected();
    // Makes row the current, selected row of the list (for focusing an issue).
    void selectRow(int row);

    // The last refusal or note shown in the editor; empty when none.
    QString message() const;

    QLineEdit *addNumberEdit() const { return m_edit; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void messageChanged(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    // Sets every text of the editor in the current language, the message included.
    void retranslate();
    // Shows the message `render` gives, and renders it again when the language changes;
    // an empty function clears the message.
    void setMessage(std::function<QString()> render);
    void showMessage(bool alert);
    void syncFromModel();
    void showCounter();
    void syncRegion();
    void updateButtons();
    void fitList();

    QPointer<CriteriaModel> m_model;
    PhoneNumberIconProxy *m_proxy = nullptr;
    std::function<QString()> m_renderMessage; // empty when no message is shown
    QLabel *m_addLabel = nullptr;
    QLabel *m_listLabel = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_addButton = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_counter = nullptr;
    PhoneNumberRegionCombo *m_region = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace seqring
