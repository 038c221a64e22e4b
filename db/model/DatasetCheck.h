#pragma once

#include "db/model/Records.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// Checks the rules that span records: ids unique within their array, every
// reference defined in the document, end never before start, dates written as
// their precision says, a meeting's roles only for its participants, and a
// topic tree without cycles. Throws DataError whose message starts with
// `where` and names the array, the id and the field.
void checkDataset(const Dataset& dataset, const std::string& where);

// checkDataset() in parts, for a document whose meetings are not held but
// read one at a time (StreamedDataset.h). Called in this order (the
// constructor, each meeting in document order, then the measures), the parts
// refuse a document with the same first error as checkDataset().
class DocumentCheck {
public:
    // Refuses duplicate ids, array by array, then the first problem of the
    // sources, countries, topics (with their tree) and officials. HELD (whose
    // meetings are ignored) and the strings MEETINGIDS views (the meetings'
    // ids in document order) must outlive the check.
    DocumentCheck(const Dataset& held, const std::vector<std::string_view>& meetingIds,
                  std::string where);
    ~DocumentCheck();
    DocumentCheck(const DocumentCheck&) = delete;
    DocumentCheck& operator=(const DocumentCheck&) = delete;

    void meeting(const Meeting& meeting) const;
    void measures() const;

private:
    class Ids;
    const Dataset& m_held;
    std::unique_ptr<Ids> m_ids;
};

// Orders arrays and their members by id, as export writes them.
void sortDataset(Dataset& dataset);

} // namespace parley
