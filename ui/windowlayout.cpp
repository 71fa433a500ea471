#include "ui/windowlayout.h"

#include "ui/weekpanel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QMainWindow>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <utility>

namespace seqring
{

namespace
{
// Calls `changed` when one of the widgets it watches is shown or hidden.
class VisibilityWatcher : public QObject
{
public:
    VisibilityWatcher(std::function<void()> changed, QObject *parent)
        : QObject(parent), m_changed(std::move(changed))
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
            m_changed();
        return false;
    }

private:
    std::function<void()> m_changed;
};

QGroupBox *box(QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}
} // namespace

void WindowLayout::build(QMainWindow *window, const Parts &parts)
{
    auto *left = new QWidget(window);
    auto *leftLayout = new QVBoxLayout(left);
    m_target = box(parts.target, left);
    m_criteria = box(parts.form, left);
    m_overForm = parts.overForm;
    auto *watcher = new VisibilityWatcher([this] { retranslate(); }, m_criteria);
    for (int i = 0; i < parts.overForm.size(); ++i) {
        static_cast<QVBoxLayout *>(m_criteria->layout())->insertWidget(i, parts.overForm.at(i));
        parts.overForm.at(i)->installEventFilter(watcher);
    }
    m_issues = box(parts.issues, left);
    parts.issues->setMinimumHeight(70);
    m_existing = box(parts.existing, left);
    leftLayout->addWidget(m_target);
    leftLayout->addWidget(m_criteria);
    leftLayout->addWidget(m_issues, 1);
    m_scroll = new QScrollArea(window);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidget(left);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The request preview, and beside it the week of When it rings.
    auto *previewPage = new QWidget(window);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->addWidget(parts.preview);
    if (parts.changes)
        previewLayout->addWidget(parts.changes);
    m_week = new WeekPanel(window);
    m_tabs = new QTabWidget(window);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(previewPage, QString());
    m_tabs->addTab(m_week, QString());

    // Right: what will be sent, above what the workspace already has.
    auto *right = new QSplitter(Qt::Vertical, window);
    right->setObjectName(QStringLiteral("rightSplitter"));
    right->addWidget(m_tabs);
    // The existing criteria with a criteria's details are taller than the room left at the
    // default size: they scroll, rather than the window growing (edit mode adds the banner
    // and the changes).
    m_existingScroll = new QScrollArea(window);
    m_existingScroll->setObjectName(QStringLiteral("existingScrollArea"));
    m_existingScroll->setWidget(m_existing);
    m_existingScroll->setWidgetResizable(true);
    m_existingScroll->setFrameShape(QFrame::NoFrame);
    right->addWidget(m_existingScroll);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, window);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *central = new QWidget(window);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(splitter, 1);
    centralLayout->addWidget(parts.sendBar);
    window->setCentralWidget(central);
}

void WindowLayout::retranslate()
{
    if (!m_existingScroll)
        return; // build() has not finished
    m_target->setTitle(tr("Target"));
    // The banner or the warning over the form heads the box in place of its title (the
    // room it needs at the default size).
    const bool headed = std::any_of(m_overForm.begin(), m_overForm.end(),
                                    [this](QWidget *w) { return w->isVisibleTo(m_criteria); });
    m_criteria->setTitle(headed ? QString() : tr("Criteria"));
    m_issues->setTitle(tr("Problems"));
    m_existing->setTitle(tr("Existing criteria"));
    m_existingScroll->setAccessibleName(tr("Existing criteria"));
    m_scroll->setAccessibleName(tr("Target and criteria"));
    m_tabs->setTabText(0, tr("Request preview"));
    m_tabs->setTabText(1, tr("When it rings"));
    m_tabs->setAccessibleName(tr("Request preview and When it rings"));
}

} // namespace seqring
