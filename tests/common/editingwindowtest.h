#pragma once

// The base of window tests that edit the sandbox's seeded criteria: WindowTest, and the
// steps that open it in edit mode as an administrator does.
#include "sandboxfixture.h"
#include "windowtest.h"

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
        editFirstCriteria();
    }
};

} // namespace seqring::test
