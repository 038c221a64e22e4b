#pragma once

// Internal to db/: the meetings' texts handed from the thread that writes the
// tables to the one that builds their full-text index (SearchIndexBuilder.h),
// a batch at a time, so that the lock is rare.

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

struct SearchRow {
    std::int64_t rowid = 0;
    std::string_view title;
    std::optional<std::string_view> summary;
    std::optional<std::string_view> location;
};

class SearchRowQueue {
public:
    // The writer's side. A push waits while a few batches wait to be taken:
    // the writer may outrun the builder, and rows piling up would hold a
    // million meetings' texts in memory.
    void push(const SearchRow& row);
    // No more rows: the builder's pops end once it has taken the rest.
    void close();

    // The builder's side. Gives the next row, whose texts stay valid until
    // the next pop; false once the queue is closed and empty, or stopped.
    bool pop(SearchRow& row);
    // The builder takes no more rows (it failed, or its owner stops it):
    // pushes drop them from now on and never wait.
    void stop();

private:
    struct OwnedRow {
        std::int64_t rowid;
        std::string title;
        std::optional<std::string> summary;
        std::optional<std::string> location;
    };

    void hand();

    std::vector<OwnedRow> m_filling; // the writer's
    std::vector<OwnedRow> m_taken;   // the builder's
    std::size_t m_next = 0;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<OwnedRow>> m_handed;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace parley
