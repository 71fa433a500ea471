#pragma once

#include <QCoreApplication>
#include <QList>

class QGroupBox;
class QMainWindow;
class QScrollArea;
class QTabWidget;
class QWidget;

namespace seqring
{

class WeekPanel;

// The admin window's arrangement: on the left, in a scroll area, the target, criteria and
// problems boxes (the edit banner over the form); on the right the request preview (with the
// When it rings week in a tab beside it) above the existing criteria; the send bar below both.
// Holds the boxes whose titles change with the language.
class WindowLayout
{
    Q_DECLARE_TR_FUNCTIONS(WindowLayout)
public:
    struct Parts {
        QWidget *target = nullptr, *form = nullptr, *issues = nullptr, *preview = nullptr,
                *existing = nullptr, *sendBar = nullptr;
        QList<QWidget *> overForm;  // over the form: the edit banner, the ring-off warning
        QWidget *changes = nullptr; // under the preview: what an edit changes
    };

    // Lays `parts` out as the window's central widget.
    void build(QMainWindow *window, const Parts &parts);
    // Sets the boxes' titles and the scroll area's name in the current language. While a
    // widget over the form (the edit banner, the ring-off warning) shows, it heads the
    // Criteria box, which then has no title.
    void retranslate();
    // The When it rings tab, made by build().
    WeekPanel *weekPanel() const { return m_week; }
    QTabWidget *previewTabs() const { return m_tabs; }

private:
    QScrollArea *m_scroll = nullptr;
    QScrollArea *m_existingScroll = nullptr;
    QList<QWidget *> m_overForm;
    QGroupBox *m_target = nullptr, *m_criteria = nullptr, *m_issues = nullptr,
              *m_existing = nullptr;
    QTabWidget *m_tabs = nullptr;
    WeekPanel *m_week = nullptr;
};

} // namespace seqring
