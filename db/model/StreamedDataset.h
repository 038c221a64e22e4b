#pragma once

#include "db/model/Records.h"

#include <functional>
#include <string>
#include <vector>

namespace parley {

// A dataset too large to hold at once, as an import of a million meetings
// reads it: every record but the meetings is held (they are few), with the
// meetings' ids, and the meetings, the bulk of any document, are read again
// one at a time whenever they are asked for. Whoever makes one checks what it hands out (as
// DatasetCheck.h does), so an importer trusts it as it trusts a checked
// Dataset.
class StreamedDataset {
public:
    virtual ~StreamedDataset() = default;

    // Every record but the meetings (its `meetings` are empty).
    virtual const Dataset& held() const = 0;
    // The meetings' ids, in document order.
    virtual const std::vector<std::string>& meetingIds() const = 0;
    // Hands out every meeting in document order. Throws DataError at the
    // first that breaks a rule, after handing out those before it: an
    // importer writes them inside a transaction it can roll back.
    virtual void forEachMeeting(const std::function<void(Meeting&& meeting)>& visit) const = 0;
};

} // namespace parley
