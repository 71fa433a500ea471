#pragma once

#include "app/client/apijob.h"

namespace seqring
{

// The create request of a sequential ring criteria: a 201 must carry the new id.
class CreateCriteriaJob : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;

protected:
    void checkSuccess(ApiResult &result) const override;
    QString ambiguityNote() const override;
    QString successNote() const override;
};

} // namespace seqring
