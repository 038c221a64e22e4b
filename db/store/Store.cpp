// Opening, creating and upgrading a database file, and importing into it.
#include "db/store/Store.h"

#include "db/store/DatasetImport.h"
#include "db/store/Schema.h"
#include "db/store/StoreImpl.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>

#include <sqlite3.h>

#include <unistd.h>

namespace parley {

namespace fs = std::filesystem;

// What SQLite's error means for the person using the file, and what to do.
std::string problemWith(const fs::path& file, const SQLite::Exception& error)
{
    const std::string what = error.what();
    switch (error.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return quoted(file) + ": locked by another program that is changing it (waited " +
               std::to_string(kBusyTimeoutMs / 1000) +
               " seconds); try again when that program has finished";
    case SQLITE_CORRUPT:
        return quoted(file) + ": the database is damaged (" + what +
               "); restore it from a backup copy";
    case SQLITE_NOTADB:
        return quoted(file) + ": not a SQLite database";
    case SQLITE_FULL:
        return quoted(file) + ": the disk is full (" + what + ")";
    case SQLITE_READONLY:
        if (error.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK)
            return quoted(file) + ": an interrupted change left " + quoted(file) +
                   "-journal beside it, and undoing the change needs write access;"
                   " open it once with write access";
        return quoted(file) + ": cannot be changed (" + what + ")";
    default:
        return quoted(file) + ": " + what;
    }
}

SqliteSettings::SqliteSettings()
{
    // Without statistics of its memory use, SQLite takes no process-wide
    // lock for every allocation: an import's writer and search-index
    // builder, and the window's query threads, stop waiting on each other.
    [[maybe_unused]] static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

namespace {

// The schema version of a Parley database that this Parley can read; refuses
// other files. Runs only reads, so a refused file is never altered.
int readableVersion(SQLite::Database& db, const fs::path& file)
{
    int version = 0;
    int applicationId = 0;
    try {
        version = schema::version(db);
        applicationId = db.execAndGet("PRAGMA application_id").getInt();
        // The header can be sound while the schema pages behind it are not.
        db.execAndGet("SELECT count(*) FROM sqlite_schema");
    } catch (const SQLite::Exception& error) {
        throw DatabaseError(problemWith(file, error));
    }
    if (applicationId != schema::kApplicationId || version == 0)
        throw DatabaseError(quoted(file) + ": a SQLite database, but not a Parley database");
    if (version > schema::kVersion)
        throw DatabaseError(quoted(file) + ": made by a newer Parley (schema version " +
                            std::to_string(version) + "; this Parley reads up to version " +
                            std::to_string(schema::kVersion) +
                            "). Open it with a newer Parley; it has not been changed.");
    return version;
}

// Whether a program died while changing the file, leaving a rollback journal
// that a read-only connection cannot play back.
bool interruptedChange(SQLite::Database& db)
{
    try {
        schema::version(db);
        return false;
    } catch (const SQLite::Exception& error) {
        return error.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK;
    }
}

// The first read of a writable connection plays the journal back.
void recover(const fs::path& file)
{
    try {
        SQLite::Database writer(file.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
        schema::version(writer);
    } catch (const SQLite::Exception& error) {
        throw DatabaseError(problemWith(file, error));
    }
}

// SQLite writes a journal beside the file, so changing it needs both writable.
bool canWrite(const fs::path& file)
{
    const auto folder = fs::absolute(file).parent_path();
    return ::access(file.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

// A name beside the file that nothing uses yet: FILE.v1.bak, FILE.v1-2.bak, ...
fs::path backupName(const fs::path& file, int version)
{
    const std::string stem = file.string() + ".v" + std::to_string(version);
    fs::path name = stem + ".bak";
    for (int n = 2; fs::exists(name); ++n)
        name = stem + "-" + std::to_string(n) + ".bak";
    return name;
}

// Copies an older database beside itself, then migrates it in one transaction.
// Returns the notice for people that names the copy.
std::string upgrade(SQLite::Database& db, const fs::path& file, int version)
{
    const auto backup = backupName(file, version);
    try {
        SQLite::Database copy(backup.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        if (SQLite::Backup(copy, db).executeStep() != SQLITE_DONE)
            throw DatabaseError(quoted(file) + ": changed by another program while it was copied");
    } catch (const std::exception& error) {
        std::error_code ignored;
        fs::remove(backup, ignored);
        throw DatabaseError(quoted(file) + ": made by an older Parley, and its backup copy " +
                            backup.string() + " cannot be written (" + error.what() +
                            "); it has not been upgraded or changed");
    }
    try {
        schema::migrate(db);
    } catch (const SQLite::Exception& error) {
        throw DatabaseError(problemWith(file, error) + " (while upgrading it; it is unchanged)");
    }
    return quoted(file) + ": upgraded from schema version " + std::to_string(version) + " to " +
           std::to_string(schema::kVersion) +
           " (it was made by an older Parley); the file as it was is kept as " + backup.string();
}
} // namespace

Store::Store(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
    m_impl->db.exec("PRAGMA foreign_keys = ON");
    // Up to 128 MiB of pages kept between queries (SQLite's default is 2 MiB):
    // an official's meetings lie all over a large file, and reading them
    // again from the system's cache cost twice the query (tests/bench).
    m_impl->db.exec("PRAGMA cache_size = -131072");
}

Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::create(const fs::path& file)
{
    if (fs::exists(file))
        throw DatabaseError(quoted(file) + ": already exists; choose a new file name");
    try {
        Store store(std::make_unique<Impl>(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
        schema::migrate(store.m_impl->db);
        return store;
    } catch (const SQLite::Exception& error) {
        throw DatabaseError(quoted(file) + ": cannot create the database: " + error.what());
    }
}

Store Store::open(const fs::path& file, Access access)
{
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throw DatabaseError(quoted(file) + (fs::exists(file, error) ? ": not a regular file"
                                                                    : ": no such database file"));
    // SQLite would take an empty file for an empty database and write a schema into it.
    if (fs::file_size(file, error) == 0 && !error)
        throw DatabaseError(quoted(file) + ": empty file, not a Parley database");
    const bool writable = access == Access::ReadWrite && canWrite(file);
    const auto connect = [&] {
        try {
            return std::make_unique<Impl>(file, writable ? SQLite::OPEN_READWRITE
                                                         : SQLite::OPEN_READONLY);
        } catch (const SQLite::Exception& e) {
            throw DatabaseError(quoted(file) + ": cannot be opened: " + e.what());
        }
    };
    auto impl = connect();
    if (!writable && interruptedChange(impl->db) && canWrite(file)) {
        // A program died while changing the file. Reading it means undoing that
        // change first, which SQLite leaves to a connection that may write; the
        // file is then as it was last committed, which is what a reader sees.
        recover(file);
        impl = connect();
    }
    const int version = readableVersion(impl->db, file);
    if (version < schema::kVersion) {
        if (!writable)
            throw DatabaseError(
                quoted(file) + ": made by an older Parley (schema version " +
                std::to_string(version) + "; this Parley uses version " +
                std::to_string(schema::kVersion) +
                ") and must be upgraded before it is read, which needs write access: run"
                " parley-db upgrade on it, or open it in Parley (a backup copy is kept)."
                " It has not been changed.");
        impl->migrationNotice = upgrade(impl->db, file, version);
    }
    return Store(std::move(impl));
}

Store Store::inMemory()
{
    Store store(std::make_unique<Impl>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
    schema::migrate(store.m_impl->db);
    return store;
}

const fs::path& Store::file() const { return m_impl->file; }

bool Store::isReadOnly() const { return sqlite3_db_readonly(m_impl->db.getHandle(), "main") == 1; }

std::optional<std::string> Store::migrationNotice() const { return m_impl->migrationNotice; }

int Store::dataVersion() const
{
    return m_impl->guard([&] { return m_impl->db.execAndGet("PRAGMA data_version").getInt(); });
}

namespace {

void requireWritable(const Store& store)
{
    if (store.isReadOnly())
        throw DatabaseError(quoted(store.file()) +
                            ": read-only (opened for reading, or the file or its folder cannot be"
                            " written); nothing was imported");
}

} // namespace

void Store::import(const Dataset& dataset)
{
    requireWritable(*this);
    m_impl->guard([&] { importDataset(m_impl->db, dataset); });
}

void Store::import(const StreamedDataset& dataset)
{
    requireWritable(*this);
    m_impl->guard([&] { importDataset(m_impl->db, dataset); });
}
} // namespace parley
