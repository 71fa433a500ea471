#pragma once

// The base of the CriteriaForm tests: a shown window holding a form and a validation list
// on one CriteriaModel, the list's issueActivated connected to the form's focusField, as
// the main window connects them.
#include "models/criteriamodel.h"
#include "ui/criteriaform.h"
#include "ui/validationlist.h"

#include <QAbstractButton>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

namespace seqring::test
{

// Clicks a check box or radio button on its indicator, where a user would (its centre
// may be empty space when the button spans a wide layout cell).
inline void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

class CriteriaFormTest : public QObject
{
protected:
    // Builds and shows the window; false if it was not exposed.
    bool startForm()
    {
        m_model = new CriteriaModel;
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_form = new CriteriaForm(m_model, m_window);
        m_list = new ValidationList(m_model, m_window);
        layout->addWidget(m_form);
        layout->addWidget(m_list);
        connect(m_list, &ValidationList::issueActivated, m_form, &CriteriaForm::focusField);
        m_window->resize(640, 900);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window);
    }
    // Deletes the window and the model (a test may have deleted the model already).
    void stopForm()
    {
        delete m_window;
        delete m_model;
        m_window = nullptr;
        m_model = nullptr;
        m_form = nullptr;
        m_list = nullptr;
    }

    // The form's child named `name`, with a warning when there is none.
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_form->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    CriteriaModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    CriteriaForm *m_form = nullptr;
    ValidationList *m_list = nullptr;
};

} // namespace seqring::test
