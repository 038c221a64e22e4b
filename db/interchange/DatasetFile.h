#pragma once

#include "db/model/DatasetCheck.h"
#include "db/model/StreamedDataset.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

// A parley/1 document of any size, read from its file in passes so that
// memory never holds its meetings: the first pass reads the whole document,
// keeping every other record and the meetings' ids; each later one reads the
// meetings again, one at a time. Refuses a bad document with the same
// messages, and the same first one, as readDatasetFile() and checkDataset():
// the file must stay as it is while it is read.
class DatasetFile final : public StreamedDataset {
public:
    // The first pass: checks the document's shape and every rule but those of
    // the meetings themselves. Throws DataError; when the only errors are in
    // the measures, it reads the meetings again first, since checkDataset()
    // names a broken meeting before a broken measure.
    explicit DatasetFile(std::filesystem::path file);
    DatasetFile(const DatasetFile&) = delete;
    DatasetFile& operator=(const DatasetFile&) = delete;

    const Dataset& held() const override { return m_held; }
    const std::vector<std::string>& meetingIds() const override { return m_meetingIds; }
    // Checks each meeting before handing it out.
    void forEachMeeting(const std::function<void(Meeting&& meeting)>& visit) const override;

private:
    std::filesystem::path m_file;
    std::string m_where;
    Dataset m_held;
    std::vector<std::string> m_meetingIds;
    std::optional<DocumentCheck> m_check; // views m_held and m_meetingIds
};

} // namespace parley
