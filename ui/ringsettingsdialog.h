#pragma once

#include "app/client/httprequest.h"
#include "models/sequentialringsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace seqring
{

class SequentialRingSettingsModel;
class SnapshotUndo;

// "Sequential ring settings": the editor of GET/PUT …/sequentialRing, bound to a
// SequentialRingSettingsModel: the on switch, the workspace's own rings, five numbers in
// ringing order (Move up, Move down), the reasons at each field, and the exact PUT it will
// send; every edit can be undone. Save settings emits saveRequested(); the opener sends it. Deletes
// itself when closed; open() it. objectName: ringSettingsDialog.
class RingSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    RingSettingsDialog(const SequentialRingSettings &settings, const RequestContext &context,
                       const QString &defaultRegion, QWidget *parent = nullptr);

    SequentialRingSettingsModel *model() const { return m_model; }
    // Undo and redo of the editor's edits (Ctrl+Z, Ctrl+Shift+Z).
    SnapshotUndo *undo() const { return m_undo; }
    // The PUT the preview shows and Save settings sends.
    HttpRequestSpec request() const;
    QString previewText() const;
    QString messageText(int slot) const; // the reason shown under number `slot` (0 to 4)
    QString warningText() const;         // the settings' own reasons (on without a number, …)
    // The request failed: says why, and the dialog stays open.
    void showFailure(const QString &text);

Q_SIGNALS:
    void saveRequested(const seqring::HttpRequestSpec &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The widgets of one of the five number slots.
    struct Row {
        QLabel *label = nullptr;
        QLineEdit *number = nullptr;
        QSpinBox *rings = nullptr;
        QCheckBox *confirmation = nullptr;
        QPushButton *up = nullptr, *down = nullptr;
        QLabel *message = nullptr;
    };
    void buildUi();
    void connectWidgets();
    void sync();
    void retranslate();

    SequentialRingSettingsModel *m_model;
    SnapshotUndo *m_undo = nullptr;
    RequestContext m_context;
    QString m_trackingId;
    QCheckBox *m_enabled = nullptr, *m_first = nullptr, *m_continueIfBusy = nullptr,
              *m_voicemail = nullptr;
    QLabel *m_baseRingsLabel = nullptr;
    QSpinBox *m_baseRings = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_numbersLabel = nullptr, *m_ringsHeader = nullptr, *m_confirmHeader = nullptr;
    QList<Row> m_rows;
    QLabel *m_previewLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace seqring
