#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seqring
{

class CriteriaModel;
class FieldMarker;
class TokenProvider;
class ValidationDecorator;

// Where the request goes: environment (Webex, sandbox, custom root), workspace,
// organisation and the token state with "Set token…".
class TargetPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Environment { Webex, Sandbox, Custom };
    Q_ENUM(Environment)

    TargetPanel(CriteriaModel *model, TokenProvider *tokens, QWidget *parent = nullptr);

    Environment environment() const;
    QString customApiRoot() const;
    void setEnvironment(Environment environment, const QString &customRoot = {});
    // Shows the model's API root in the (read-only) root field, e.g. once the sandbox runs.
    void showApiRoot() { updateCustomRoot(); }

    QLineEdit *workspaceEdit() const { return m_workspaceEdit; }
    QLineEdit *orgEdit() const { return m_orgEdit; }
    QPushButton *setTokenButton() const { return m_setTokenButton; }
    QPushButton *chooseWorkspaceButton() const { return m_chooseButton; }
    QLabel *workspaceInfoLabel() const { return m_workspaceInfo; }
    // Under Workspace ID: the workspace's name and location, or (problem) why the ID is
    // not usable, flagged at the field with a warning icon and its accessible description.
    void setWorkspaceInfo(const QString &text, bool problem);
    QWidget *widgetFor(int field) const; // int(seqring::Field)

Q_SIGNALS:
    // The environment or the custom root changed (after editing finished).
    void environmentChanged();
    void setTokenRequested();
    void chooseWorkspaceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTokenState();
    void updateCustomRoot();

    CriteriaModel *m_model;
    TokenProvider *m_tokens;
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
