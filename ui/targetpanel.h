#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

class FieldMarker;
class TargetModel;
class UnsavedGuard;
class ValidationDecorator;

// Shows the TargetModel, where the request goes: environment (Webex, sandbox, custom root),
// workspace (with what its look-up found), organisation and the token state with "Set
// token…"; every edit is an intent sent to the TargetModel, and every view follows its signals.
class TargetPanel : public QWidget
{
    Q_OBJECT
public:
    TargetPanel(TargetModel *target, QWidget *parent = nullptr);

    QWidget *widgetFor(int field) const; // int(seqring::Field)
    // With unsaved changes, a Workspace ID typed in goes to the TargetModel only when the
    // field is left or Return is pressed, after the guard's Save, Discard or Cancel;
    // Cancel puts the TargetModel's ID back in the field. Not owned.
    void setUnsavedGuard(UnsavedGuard *guard) { m_guard = guard; }

Q_SIGNALS:
    void setTokenRequested();
    void chooseWorkspaceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTokenState();
    void showEnvironment();
    void showWorkspaceState();
    // Under Workspace ID: the workspace's name and location, or (problem) why the ID is
    // not usable, flagged at the field with a warning icon and its accessible description.
    void setWorkspaceInfo(const QString &text, bool problem);
    void workspaceIdTyped(const QString &text);
    void commitWorkspaceId();

    TargetModel *m_target;
    UnsavedGuard *m_guard = nullptr;
    bool m_asking = false; // the guard's question about a typed ID is open
    ValidationDecorator *m_decorator;
    QLabel *m_environmentLabel;
    QComboBox *m_environmentCombo;
    QLabel *m_rootLabel;
    QLineEdit *m_rootEdit;
    QLabel *m_workspaceLabel;
    QLineEdit *m_workspaceEdit;
    QPushButton *m_chooseButton;
    QLabel *m_workspaceFlag;
    QLabel *m_workspaceInfo;
    QLabel *m_orgLabel;
    QLineEdit *m_orgEdit;
    QLabel *m_tokenTitle;
    QLabel *m_tokenState;
    QPushButton *m_setTokenButton;
};

} // namespace seqring
