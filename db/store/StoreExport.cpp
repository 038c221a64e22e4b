// The whole database read for export, the meetings in batches so that a
// database of any size exports in bounded memory.
#include "db/store/Store.h"

#include "db/store/KeyScan.h"
#include "db/store/RecordReader.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace parley {

namespace {

// Meetings read at a time: enough that each link table is read in few
// queries, few enough that a batch is a few megabytes.
constexpr std::size_t kMeetingBatch = 4096;

// Every meeting's key, in the order of the meetings' ids (the slug index
// gives them sorted).
Keys meetingKeysById(SQLite::Database& db)
{
    SQLite::Statement query(db, "SELECT id FROM meeting ORDER BY slug");
    Keys keys;
    while (query.executeStep())
        keys.push_back(query.getColumn(0).getInt64());
    return keys;
}

} // namespace

void Store::exportInParts(const std::function<void(Dataset held)>& held,
                          const std::function<void(Meeting&& meeting)>& visit) const
{
    m_impl->guard([&] {
        auto& db = m_impl->db;
        // Deferred: a read transaction, which keeps every part on one
        // snapshot of the database while another program writes.
        SQLite::Transaction reading(db);
        held(Dataset{loadSources(db),
                     loadCountries(db),
                     loadTopics(db),
                     loadOfficials(db, allKeysOf("official")),
                     {},
                     loadMeasures(db, allKeysOf("measure"), Order::ById)});
        const auto keys = meetingKeysById(db);
        for (std::size_t first = 0; first < keys.size(); first += kMeetingBatch) {
            const auto end = keys.begin() + static_cast<std::ptrdiff_t>(
                                                std::min(first + kMeetingBatch, keys.size()));
            // A run of consecutive ids: ordered by id, it continues the last.
            Keys batch(keys.begin() + static_cast<std::ptrdiff_t>(first), end);
            std::ranges::sort(batch);
            for (auto& meeting : loadMeetings(db, batch, Order::ById))
                visit(std::move(meeting));
        }
        reading.commit();
    });
}

Dataset Store::exportAll() const
{
    Dataset all;
    exportInParts([&](Dataset held) { all = std::move(held); },
                  [&](Meeting&& meeting) { all.meetings.push_back(std::move(meeting)); });
    return all;
}

} // namespace parley
