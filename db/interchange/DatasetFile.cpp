#include "db/interchange/DatasetFile.h"

#include "db/interchange/DatasetReader.h"
#include "db/model/Errors.h"

namespace parley {

DatasetFile::DatasetFile(std::filesystem::path file)
    : m_file(std::move(file))
    , m_where(m_file.string())
{
    auto in = openDocument(m_file);
    readDataset(in, m_where, {.others = &m_held, .meeting = [this](Meeting&& meeting) {
                                  m_meetingIds.push_back(std::move(meeting.id));
                              }});
    const std::vector<std::string_view> ids(m_meetingIds.begin(), m_meetingIds.end());
    m_check.emplace(m_held, ids, m_where);
    try {
        m_check->measures();
    } catch (const DataError&) {
        forEachMeeting([](Meeting&&) {});
        throw;
    }
}

void DatasetFile::forEachMeeting(const std::function<void(Meeting&& meeting)>& visit) const
{
    auto in = openDocument(m_file);
    std::size_t read = 0;
    readDataset(in, m_where,
                {.others = nullptr, .meeting = [&](Meeting&& meeting) {
                     if (read == m_meetingIds.size() || meeting.id != m_meetingIds[read])
                         throw DataError(m_where + ": changed while it was read");
                     ++read;
                     m_check->meeting(meeting);
                     visit(std::move(meeting));
                 }});
    if (read != m_meetingIds.size())
        throw DataError(m_where + ": changed while it was read");
}

} // namespace parley
