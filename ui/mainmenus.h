#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace seqring
{

// The admin window's menu bar: File, Edit, View and Help, their fixed entries and their
// texts in the current language. The window's parts hand in their own actions through
// the menu accessors; the menus only place them.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    explicit MainMenus(QMainWindow *window);

    QMenu *file() const { return m_file; }
    QMenu *edit() const { return m_edit; }
    QMenu *view() const { return m_view; }
    QMenu *help() const { return m_help; }

    // Adds File > Quit (closes the window) at the end of the File menu.
    void addQuit();
    // Adds Edit > Set token… at the end of the Edit menu.
    QAction *addSetToken();
    // Adds Help > About seqring-admin at the end of the Help menu.
    void addAbout();

    void retranslate();

private:
    QMainWindow *m_window;
    QMenu *m_file, *m_edit, *m_view, *m_help;
    QAction *m_quit = nullptr, *m_setToken = nullptr, *m_about = nullptr;
};

} // namespace seqring
