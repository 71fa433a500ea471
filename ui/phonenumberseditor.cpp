#include "ui/phonenumberseditor.h"

#include "models/criteria.h"
#include "models/criteriamodel.h"
#include "models/phonenumber.h"
#include "ui/fieldmarker.h"
#include "ui/phonenumbericonproxy.h"
#include "ui/phonenumberregioncombo.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <algorithm>
#include <utility>

namespace seqring
{

namespace
{
template <typename W> W *named(W *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}
} // namespace

PhoneNumbersEditor::PhoneNumbersEditor(QWidget *parent) : QWidget(parent)
{
    buildUi();
}

PhoneNumbersEditor::PhoneNumbersEditor(CriteriaModel *model, QWidget *parent) : QWidget(parent)
{
    buildUi();
    setModel(model);
}

void PhoneNumbersEditor::buildUi()
{
    // Creation order is the tab order: input, Add, list, Remove, region.
    // Texts are set by retranslate().
    m_addLabel = new QLabel(this);
    m_edit = named(new QLineEdit(this), "addNumberEdit");
    m_edit->setClearButtonEnabled(true);
    m_addLabel->setBuddy(m_edit);
    m_addButton = named(new QPushButton(this), "addNumberButton");
    m_addButton->setAutoDefault(false);

    m_listLabel = new QLabel(this);
    m_list = named(new QListView(this), "phoneNumbersList");
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
    m_list->setIconSize(QSize(icon, icon));
    m_listLabel->setBuddy(m_list);
    m_proxy = new PhoneNumberIconProxy(m_list, this);
    m_list->setModel(m_proxy);
    // The list grows with its rows (two to six shown) instead of reserving empty space.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PhoneNumbersEditor::fitList);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PhoneNumbersEditor::fitList);
    fitList();

    m_removeButton = named(new QPushButton(this), "removeNumberButton");
    m_removeButton->setAutoDefault(false);
    m_counter = named(new QLabel(this), "numberCounterLabel");

    m_regionLabel = new QLabel(this);
    m_region = named(new PhoneNumberRegionCombo(this), "defaultRegionCombo");
    m_regionLabel->setBuddy(m_region);

    m_messageIcon = new QLabel(this);
    m_message = named(new QLabel(this), "numberMessageLabel");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_addLabel, 0, 0);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_edit, 1);
    addRow->addWidget(m_addButton);
    grid->addLayout(addRow, 0, 1);
    grid->addWidget(m_listLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(m_list, 1, 1);
    auto *belowList = new QHBoxLayout;
    belowList->addWidget(m_removeButton);
    belowList->addWidget(m_counter);
    belowList->addStretch(1);
    belowList->addWidget(m_regionLabel);
    belowList->addWidget(m_region);
    grid->addLayout(belowList, 2, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);
    grid->addLayout(messageRow, 3, 1);
    setMessage({});
    retranslate();

    setFocusPolicy(Qt::StrongFocus); // so that Designer tab stops reach the input
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);
    m_list->installEventFilter(this);

    connect(m_addButton, &QPushButton::clicked, this, &PhoneNumbersEditor::addFromInput);
    connect(m_removeButton, &QPushButton::clicked, this, &PhoneNumbersEditor::removeSelected);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { setMessage({}); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PhoneNumbersEditor::updateButtons);
    connect(m_region, &PhoneNumberRegionCombo::regionChosen, this, [this](const QString &region) {
        if (m_model)
            m_model->setDefaultRegion(region);
    });
    updateButtons();
}

void PhoneNumbersEditor::setModel(CriteriaModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model ? model->phoneNumbers() : nullptr);
    if (model) {
        // The views learn of row changes through the proxy (the list model announces every
        // one, setCriteria()'s reset included); the counter and buttons follow validation.
        connect(model, &CriteriaModel::validationChanged, this, &PhoneNumbersEditor::syncFromModel);
        connect(model, &CriteriaModel::defaultRegionChanged, this, [this] {
            syncRegion();
            m_proxy->refreshRows();
        });
    }
    syncRegion();
    syncFromModel();
}

int PhoneNumbersEditor::addNumbers(const QStringList &typed)
{
    if (!m_model || typed.isEmpty())
        return 0;
    // Cap first, then add in one step: one model change, one validation.
    PhoneNumberListModel *numbers = m_model->phoneNumbers();
    const int room = std::max(0, kMaxPhoneNumbers - numbers->rowCount());
    const int accepted = std::min(room, int(typed.size()));
    const int leftOut = int(typed.size()) - accepted;
    if (accepted == 1)
        numbers->append(typed.first());
    else if (accepted > 1)
        numbers->setTyped(numbers->typed() + typed.mid(0, accepted));
    if (leftOut == 0) {
        setMessage({});
    } else if (typed.size() == 1) {
        setMessage([number = typed.first()] {
            return tr("A criteria holds at most %1 phone numbers. \"%2\" was not added: "
                      "remove a number first.")
                .arg(kMaxPhoneNumbers)
                .arg(number);
        });
    } else {
        setMessage([accepted, leftOut] {
            return QString(tr("Added %Ln number(s).", nullptr, accepted) + u' ' +
                           tr("%Ln number(s) left out: a criteria holds at most %1 phone "
                              "numbers.",
                              nullptr, leftOut)
                               .arg(kMaxPhoneNumbers));
        });
    }
    if (accepted > 0)
        m_list->scrollToBottom();
    return accepted;
}

void PhoneNumbersEditor::addFromInput()
{
    const QStringList pieces = PhoneNumbers::splitPasted(m_edit->text());
    if (pieces.isEmpty()) {
        setMessage([] { return tr("Type a phone number to add, such as +44 20 7183 8750."); });
        return;
    }
    const int added = addNumbers(pieces);
    // Nothing typed is lost: what did not fit stays in the input.
    m_edit->setText(pieces.mid(added).join(QStringLiteral(", ")));
}

void PhoneNumbersEditor::pasteNumbers(const QString &text)
{
    addNumbers(PhoneNumbers::splitPasted(text));
}

void PhoneNumbersEditor::removeSelected()
{
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    if (!m_model || selected.isEmpty())
        return;
    QList<int> rows;
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->phoneNumbers()->removeAt(row);
    setMessage({});
    // Keep the keyboard where it was, so Delete can be pressed again.
    const int count = m_proxy->rowCount();
    if (count > 0)
        selectRow(std::min(rows.last(), count - 1));
}

void PhoneNumbersEditor::selectRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

QString PhoneNumbersEditor::message() const
{
    return m_message->text();
}

void PhoneNumbersEditor::setMessage(std::function<QString()> render)
{
    m_renderMessage = std::move(render);
    showMessage(true);
}

// alert: announce a non-empty message to assistive technology (not when it is only
// shown again in another language).
void PhoneNumbersEditor::showMessage(bool alert)
{
    const QString message = m_renderMessage ? m_renderMessage() : QString();
    const bool changed = m_message->text() != message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_messageIcon->setVisible(!message.isEmpty());
    if (!message.isEmpty() && alert) {
        const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_messageIcon->setPixmap(severityIcon(Severity::Warning, style())
                                     .pixmap(QSize(extent, extent), devicePixelRatio()));
        QAccessibleEvent alert(m_message, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    if (changed)
        Q_EMIT messageChanged(message);
}

void PhoneNumbersEditor::syncFromModel()
{
    if (!m_model)
        return;
    showCounter();
    updateButtons();
}

void PhoneNumbersEditor::showCounter()
{
    const qsizetype used = m_model ? m_model->phoneNumbers()->typed().size() : 0;
    m_counter->setText(tr("%1 / %2").arg(used).arg(kMaxPhoneNumbers));
}

void PhoneNumbersEditor::retranslate()
{
    m_addLabel->setText(tr("Add nu&mber"));
    m_edit->setPlaceholderText(tr("+44 20 7183 8750"));
    m_addButton->setText(tr("A&dd"));
    m_listLabel->setText(tr("Phone num&bers"));
    m_list->setAccessibleName(tr("Phone numbers"));
    // No mnemonic: the Delete key removes, and Alt+E belongs to the Edit menu.
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected numbers (Delete)"));
    m_counter->setAccessibleName(tr("Phone numbers used"));
    m_regionLabel->setText(tr("Default re&gion"));
    if (m_model)
        showCounter();
    showMessage(false);
}

void PhoneNumbersEditor::syncRegion()
{
    if (!m_model)
        return;
    m_region->setRegion(m_model->defaultRegion());
}

void PhoneNumbersEditor::updateButtons()
{
    m_removeButton->setEnabled(m_list->selectionModel()->hasSelection());
}

bool PhoneNumbersEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_edit) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            addFromInput();
            return true; // not also the window's default button
        }
        if (key->matches(QKeySequence::Paste)) {
            // One number is pasted into the input to edit; several are added at once.
            const QString text = QApplication::clipboard()->text();
            if (PhoneNumbers::splitPasted(text).size() > 1) {
                pasteNumbers(text);
                return true;
            }
        }
    } else if (watched == m_list) {
        if (key->matches(QKeySequence::Paste)) {
            pasteNumbers(QApplication::clipboard()->text());
            return true;
        }
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhoneNumbersEditor::fitList()
{
    const int icon = m_list->iconSize().height();
    const int row = m_proxy->rowCount() > 0 ? m_list->sizeHintForRow(0)
                                            : qMax(icon, m_list->fontMetrics().height()) + 4;
    const int shown = qBound(2, m_proxy->rowCount(), 6);
    m_list->setFixedHeight(shown * row + 2 * m_list->frameWidth());
}

void PhoneNumbersEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_proxy && (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange))
        m_proxy->clearIconCache();
    if (event->type() == QEvent::LanguageChange && m_addLabel)
        retranslate();
}

} // namespace seqring
