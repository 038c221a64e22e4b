#pragma once

// Internal to db/: builds the meetings' full-text index on a second core while
// the caller writes the tables on the first. The index goes into a scratch
// database file of its own (SQLite allows one writer per file), in a table
// made with the same CREATE statement as the real one, so that its shadow
// tables can then be copied over row for row (copyInto) inside the writer's
// transaction.

#include "db/store/SearchRowQueue.h"

#include <atomic>
#include <exception>
#include <filesystem>
#include <string>
#include <thread>

namespace SQLite {
class Database;
}

namespace parley {

class SearchIndexBuilder {
public:
    // Makes meeting_fts in `file` (which must not exist) with `createSql`, and
    // fills it on a worker thread with the rows of `rows` until it is closed.
    // `rows` must outlive the builder; once the worker stops taking rows
    // (done, failed or stopped), it stops the queue, so a writer never waits
    // on a worker that is gone.
    SearchIndexBuilder(std::filesystem::path file, std::string createSql, SearchRowQueue& rows);
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
    void work(const std::string& createSql);

    std::filesystem::path m_file;
    SearchRowQueue& m_rows;
    std::atomic<bool> m_stop = false;
    std::exception_ptr m_error;
    std::thread m_worker;
};

} // namespace parley
