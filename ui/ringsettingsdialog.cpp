#include "ui/ringsettingsdialog.h"

#include "app/client/apirequests.h"
#include "models/sequentialringsettingsmodel.h"
#include "ui/criteriaundo.h"
#include "ui/undokeyrouter.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace seqring
{

namespace
{
QSpinBox *ringsBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(kMinRings, kMaxRings);
    return box;
}

// The editor's undo hooks: the model's whole state with the five slots as typed; typing in
// one number field merges.
SnapshotUndo::Hooks ringUndoHooks(SequentialRingSettingsModel *m)
{
    SnapshotUndo::Hooks hooks;
    hooks.capture = [m] {
        QVariantList state{m->enabled(), m->ringBaseLocationFirst(), m->baseLocationRings(),
                           m->continueIfBaseLocationIsBusy(), m->callsToVoicemail()};
        for (int i = 0; i < kMaxRingNumbers; ++i)
            state << m->number(i) << m->rings(i) << m->answerConfirmation(i);
        return QVariant(state);
    };
    hooks.apply = [m](const QVariant &value) {
        const QVariantList s = value.toList();
        m->setEnabled(s.at(0).toBool());
        m->setRingBaseLocationFirst(s.at(1).toBool());
        m->setBaseLocationRings(s.at(2).toInt());
        m->setContinueIfBaseLocationIsBusy(s.at(3).toBool());
        m->setCallsToVoicemail(s.at(4).toBool());
        for (int i = 0; i < kMaxRingNumbers; ++i) {
            m->setNumber(i, s.at(5 + 3 * i).toString());
            m->setRings(i, s.at(6 + 3 * i).toInt());
            m->setAnswerConfirmation(i, s.at(7 + 3 * i).toBool());
        }
    };
    hooks.typingKey = [](const QVariant &before, const QVariant &after, QString *typed) {
        const QVariantList a = before.toList(), b = after.toList();
        int changed = -1;
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i) == b.at(i))
                continue;
            if (changed >= 0 || i < 5 || (i - 5) % 3 != 0)
                return -1; // more than one field, or not a number field
            changed = i;
        }
        *typed = b.value(changed).toString();
        return changed < 0 ? -1 : (changed - 5) / 3;
    };
    return hooks;
}
} // namespace

RingSettingsDialog::RingSettingsDialog(const SequentialRingSettings &settings,
                                       const RequestContext &context, const QString &defaultRegion,
                                       QWidget *parent)
    : QDialog(parent), m_model(new SequentialRingSettingsModel(this)), m_context(context),
      m_trackingId(ApiRequests::newTrackingId())
{
    setObjectName(QStringLiteral("ringSettingsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_model->setObjectName(QStringLiteral("ringSettingsModel"));
    m_model->setDefaultRegion(defaultRegion);
    m_model->setSettings(settings);
    buildUi();
    retranslate();
    sync();
    connectWidgets();
    m_undo = new SnapshotUndo(ringUndoHooks(m_model), this);
    m_undo->stack()->setObjectName(QStringLiteral("ringSettingsUndoStack"));
    connect(m_model, &SequentialRingSettingsModel::changed, m_undo, &SnapshotUndo::recordChange);
    QAction *undo = nullptr, *redo = nullptr;
    makeUndoActions(m_undo, this, &undo, &redo);
    addActions({undo, redo});
    auto *keys = new UndoKeyRouter(undo, redo, this); // Ctrl+Z in a number: the stack's
    for (const Row &row : std::as_const(m_rows))
        keys->route(row.number, UndoKeyRouter::Mode::Stack);
}

void RingSettingsDialog::buildUi()
{
    const auto named = [this](auto *widget, const QString &name) {
        widget->setObjectName(name);
        return widget;
    };
    m_enabled = named(new QCheckBox(this), QStringLiteral("enableRingCheck"));
    m_first = named(new QCheckBox(this), QStringLiteral("ringFirstCheck"));
    m_baseRingsLabel = new QLabel(this);
    m_baseRings = named(ringsBox(this), QStringLiteral("baseRingsSpin"));
    m_baseRingsLabel->setBuddy(m_baseRings);
    m_continueIfBusy = named(new QCheckBox(this), QStringLiteral("continueBusyCheck"));
    m_voicemail = named(new QCheckBox(this), QStringLiteral("voicemailCheck"));
    m_warning = named(new QLabel(this), QStringLiteral("ringSettingsWarning"));
    m_warning->setWordWrap(true);
    auto *top = new QFormLayout;
    top->addRow(m_enabled);
    top->addRow(m_first);
    top->addRow(m_baseRingsLabel, m_baseRings);
    top->addRow(m_continueIfBusy);
    top->addRow(m_voicemail);

    auto *grid = new QGridLayout;
    m_numbersLabel = new QLabel(this);
    m_ringsHeader = new QLabel(this);
    m_confirmHeader = new QLabel(this);
    grid->addWidget(m_numbersLabel, 0, 1);
    grid->addWidget(m_ringsHeader, 0, 2);
    grid->addWidget(m_confirmHeader, 0, 3);
    for (int i = 0; i < kMaxRingNumbers; ++i) {
        const QString n = QString::number(i + 1);
        Row row;
        row.label = new QLabel(this);
        row.number = named(new QLineEdit(this), QStringLiteral("ringNumberEdit") + n);
        row.label->setBuddy(row.number);
        row.rings = named(ringsBox(this), QStringLiteral("ringsSpin") + n);
        row.confirmation = named(new QCheckBox(this), QStringLiteral("confirmationCheck") + n);
        row.up = named(new QPushButton(this), QStringLiteral("moveUpButton") + n);
        row.down = named(new QPushButton(this), QStringLiteral("moveDownButton") + n);
        row.up->setEnabled(i > 0);
        row.down->setEnabled(i + 1 < kMaxRingNumbers);
        row.message = named(new QLabel(this), QStringLiteral("ringNumberMessage") + n);
        row.message->setWordWrap(true);
        const int line = 1 + 2 * i;
        grid->addWidget(row.label, line, 0);
        grid->addWidget(row.number, line, 1);
        grid->addWidget(row.rings, line, 2);
        grid->addWidget(row.confirmation, line, 3, Qt::AlignCenter);
        grid->addWidget(row.up, line, 4);
        grid->addWidget(row.down, line, 5);
        grid->addWidget(row.message, line + 1, 1, 1, 5);
        m_rows.append(row);
    }
    grid->setColumnStretch(1, 1);

    m_previewLabel = new QLabel(this);
    m_preview = named(new QPlainTextEdit(this), QStringLiteral("ringPutPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_previewLabel->setBuddy(m_preview);
    m_failure = named(new QLabel(this), QStringLiteral("ringSettingsFailure"));
    m_failure->setWordWrap(true);
    m_failure->setVisible(false);
    m_save = named(new QPushButton(this), QStringLiteral("saveSettingsButton"));
    m_cancel = named(new QPushButton(this), QStringLiteral("ringSettingsCancelButton"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_failure, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addLayout(grid);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);
    resize(760, 720);
}

void RingSettingsDialog::connectWidgets()
{
    SequentialRingSettingsModel *m = m_model;
    connect(m_enabled, &QCheckBox::toggled, m, &SequentialRingSettingsModel::setEnabled);
    connect(m_first, &QCheckBox::toggled, m,
            &SequentialRingSettingsModel::setRingBaseLocationFirst);
    connect(m_baseRings, &QSpinBox::valueChanged, m,
            &SequentialRingSettingsModel::setBaseLocationRings);
    connect(m_continueIfBusy, &QCheckBox::toggled, m,
            &SequentialRingSettingsModel::setContinueIfBaseLocationIsBusy);
    connect(m_voicemail, &QCheckBox::toggled, m, &SequentialRingSettingsModel::setCallsToVoicemail);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        connect(row.number, &QLineEdit::textEdited, m,
                [m, i](const QString &text) { m->setNumber(i, text); });
        connect(row.rings, &QSpinBox::valueChanged, m, [m, i](int n) { m->setRings(i, n); });
        connect(row.confirmation, &QCheckBox::toggled, m,
                [m, i](bool on) { m->setAnswerConfirmation(i, on); });
        connect(row.up, &QPushButton::clicked, m, [m, i] { m->moveUp(i); });
        connect(row.down, &QPushButton::clicked, m, [m, i] { m->moveDown(i); });
    }
    connect(m, &SequentialRingSettingsModel::changed, this, &RingSettingsDialog::sync);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_model->hasErrors())
            Q_EMIT saveRequested(request());
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
}

HttpRequestSpec RingSettingsDialog::request() const
{
    return ApiRequests::putSequentialRing(m_context, m_model->putJson(), m_trackingId);
}

QString RingSettingsDialog::previewText() const
{
    return m_preview->toPlainText();
}
QString RingSettingsDialog::messageText(int slot) const
{
    return m_rows.at(slot).message->text();
}
QString RingSettingsDialog::warningText() const
{
    return m_warning->text();
}

void RingSettingsDialog::showFailure(const QString &text)
{
    m_failure->setText(text);
    m_failure->setVisible(!text.isEmpty());
}

// The widgets from the model, without echoing their edits back.
void RingSettingsDialog::sync()
{
    const SequentialRingSettingsModel *m = m_model;
    const auto setChecked = [](QCheckBox *box, bool on) {
        const QSignalBlocker blocker(box);
        box->setChecked(on);
    };
    const auto setValue = [](QSpinBox *box, int value) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    };
    setChecked(m_enabled, m->enabled());
    setChecked(m_first, m->ringBaseLocationFirst());
    setValue(m_baseRings, m->baseLocationRings());
    m_baseRings->setEnabled(m->ringBaseLocationFirst());
    setChecked(m_continueIfBusy, m->continueIfBaseLocationIsBusy());
    setChecked(m_voicemail, m->callsToVoicemail());
    using Part = RingIssue::Part;
    QStringList general;
    for (const RingIssue &issue : m->issues()) {
        if (issue.slot < 0)
            general.append(issue.message);
    }
    m_warning->setText(general.join(QLatin1Char('\n')));
    m_warning->setVisible(!general.isEmpty());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.number->text() != m->number(i))
            row.number->setText(m->number(i));
        setValue(row.rings, m->rings(i));
        setChecked(row.confirmation, m->answerConfirmation(i));
        const QString number = m->issueFor(Part::Number, i).message;
        const QString rings = m->issueFor(Part::Rings, i).message;
        row.message->setText(number.isEmpty() ? rings : number);
        row.message->setVisible(!row.message->text().isEmpty());
    }
    const HttpRequestSpec spec = request();
    m_preview->setPlainText(QString::fromLatin1(spec.method) + QLatin1Char(' ') +
                            spec.url.toString() + QLatin1String("\n\n") +
                            QString::fromUtf8(spec.body));
    m_save->setEnabled(!m->hasErrors());
    m_save->setToolTip(m->hasErrors() ? tr("Correct the numbers and rings marked above first")
                                      : tr("Send the request shown above"));
}

void RingSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->refreshMessages();
    }
    QDialog::changeEvent(event);
}

void RingSettingsDialog::retranslate()
{
    setWindowTitle(tr("Sequential ring settings"));
    m_enabled->setText(tr("&Enable sequential ring"));
    m_first->setText(tr("Ring this workspace &first"));
    m_baseRingsLabel->setText(tr("&Rings at this workspace"));
    m_continueIfBusy->setText(tr("&Continue if this workspace is busy"));
    m_voicemail->setText(tr("Send unanswered calls to &voicemail"));
    m_numbersLabel->setText(tr("Numbers, rung in this order"));
    m_ringsHeader->setText(tr("Rings"));
    m_confirmHeader->setText(tr("Answer confirmation"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.label->setText(tr("Number &%1").arg(i + 1));
        row.number->setAccessibleName(tr("Number %1").arg(i + 1));
        row.number->setPlaceholderText(tr("E.164, e.g. +442071838750"));
        row.rings->setAccessibleName(tr("Rings for number %1").arg(i + 1));
        row.confirmation->setAccessibleName(tr("Answer confirmation for number %1").arg(i + 1));
        row.confirmation->setToolTip(tr("The person called must press 1 to take the call"));
        row.up->setText(tr("Move up"));
        row.up->setAccessibleName(tr("Move number %1 up").arg(i + 1));
        row.down->setText(tr("Move down"));
        row.down->setAccessibleName(tr("Move number %1 down").arg(i + 1));
    }
    m_previewLabel->setText(tr("Request &preview"));
    m_save->setText(tr("&Save settings"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace seqring
