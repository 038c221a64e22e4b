#pragma once

// Internal to db/: builds the meetings' full-text index on a second core while
// the caller writes the tables on the first. The index goes into a scratch
// database file of its own (SQLite allows one writer per file), in a table
// made with the same CREATE statement as the real one, so that its shadow
// tables can then be copied over row for row (copyInto) inside the writer's
// transaction.

#include <atomic>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace SQLite {
class Database;
}

namespace parley {

class SearchIndexBuilder {
public:
    struct Row {
        std::int64_t rowid = 0;
        std::string_view title;
        std::optional<std::string_view> summary;
        std::optional<std::string_view> location;
    };
    // Called on the worker thread for one row after another until it returns
    // false; the texts it hands out stay valid until it is called again.
    using Source = std::function<bool(Row& row)>;

    // Makes meeting_fts in `file` (which must not exist) with `createSql`, and
    // fills it from `source` on a worker thread.
    SearchIndexBuilder(std::filesystem::path file, std::string createSql, Source source);
    // Stops the worker between two rows; the file stays for the owner to delete.
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // Waits until every row is indexed and the file closed; rethrows what went
    // wrong on the worker.
    void finish();

    // After finish(): replaces the index of meeting_fts in `db` with the one
    // built, whose table was made by the same statement.
    void copyInto(SQLite::Database& db) const;

private:
    void work(const std::string& createSql, const Source& source);

    std::filesystem::path m_file;
    std::atomic<bool> m_stop = false;
    std::exception_ptr m_error;
    std::thread m_worker;
};

} // namespace parley
