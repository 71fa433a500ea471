#pragma once

// The base of window tests that edit the sandbox's seeded criteria: WindowTest, and the
// steps that open it in edit mode as an administrator does.
#include "criteriadetailview.h"
#include "sandboxfixture.h"
#include "windowtest.h"

#include <QTreeWidget>

namespace seqring::test
{

class EditingWindowTest : public WindowTest
{
protected:
    // London - Reception typed in, its one criteria clicked in the list, Edit pressed.
    void startEditing()
    {
        typeWorkspaceId(sandboxtest::londonReception());
        QVERIFY(settle());
        QTreeWidget *list = panel()->list();
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->topLevelItem(0)).center());
        QPushButton *edit = panel()->detailView()->editButton();
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>("editModeBar")->isVisible());
    }
};

} // namespace seqring::test
