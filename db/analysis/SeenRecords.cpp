#include "db/analysis/SeenRecords.h"

#include "db/store/Store.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>

namespace parley {

namespace fs = std::filesystem;

namespace {

// "PARLEYSN", the format's version, the stamp, the current tables, then for
// each table the entries of `seen` that differ from `current` and the ids
// `current` has that `seen` lacks. Numbers are 64-bit little-endian.
constexpr std::uint64_t kMagic = 0x4e5359454c524150ULL; // "PARLEYSN"
constexpr std::uint64_t kVersion = 1;

// Numbers as little-endian bytes, copied whole on a little-endian machine.
void putNumber(char* to, std::uint64_t value)
{
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(to, &value, 8);
    } else {
        for (int i = 0; i < 8; ++i)
            to[i] = static_cast<char>(value >> (8 * i));
    }
}

std::uint64_t getNumber(const char* from)
{
    std::uint64_t value = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&value, from, 8);
    } else {
        for (int i = 0; i < 8; ++i)
            value |= std::uint64_t{static_cast<unsigned char>(from[i])} << (8 * i);
    }
    return value;
}

class Writer {
public:
    void number(std::uint64_t value)
    {
        m_bytes.resize(m_bytes.size() + 8);
        putNumber(m_bytes.data() + m_bytes.size() - 8, value);
    }
    void table(const FingerprintTable& table)
    {
        number(table.size());
        auto at = m_bytes.size();
        m_bytes.resize(at + 16 * table.size());
        for (const auto& entry : table) {
            putNumber(m_bytes.data() + at, entry.id);
            putNumber(m_bytes.data() + at + 8, entry.content);
            at += 16;
        }
    }
    const std::string& bytes() const { return m_bytes; }

private:
    std::string m_bytes;
};

// Reads the file as it goes, a block at a time: a million meetings'
// fingerprints are not held twice, as bytes and as entries.
class Reader {
public:
    explicit Reader(const fs::path& file)
        : m_in(file, std::ios::binary | std::ios::ate)
    {
        const auto size = m_in ? static_cast<std::streamoff>(m_in.tellg()) : -1;
        m_in.seekg(0);
        m_left = size > 0 && m_in ? static_cast<std::uint64_t>(size) : 0;
    }
    std::optional<std::uint64_t> number()
    {
        char bytes[8];
        if (!take(bytes, sizeof bytes))
            return std::nullopt;
        return getNumber(bytes);
    }
    // A count of ENTRY_SIZE-byte entries that the rest of the file can hold.
    std::optional<std::size_t> count(std::size_t entrySize)
    {
        const auto n = number();
        if (!n || *n > m_left / entrySize)
            return std::nullopt;
        return static_cast<std::size_t>(*n);
    }
    std::optional<FingerprintTable> table()
    {
        const auto n = count(16);
        if (!n)
            return std::nullopt;
        FingerprintTable entries(*n);
        constexpr std::size_t kBlock = 4096;
        std::vector<char> block(16 * kBlock);
        for (std::size_t first = 0; first < entries.size(); first += kBlock) {
            const std::size_t size = std::min(kBlock, entries.size() - first);
            if (!take(block.data(), 16 * size))
                return std::nullopt;
            for (std::size_t i = 0; i < size; ++i)
                entries[first + i] = {getNumber(&block[16 * i]), getNumber(&block[16 * i + 8])};
        }
        if (!std::is_sorted(entries.begin(), entries.end()))
            return std::nullopt;
        return entries;
    }
    std::optional<std::vector<std::uint64_t>> ids()
    {
        const auto n = count(8);
        if (!n)
            return std::nullopt;
        std::vector<std::uint64_t> values(*n);
        for (auto& value : values)
            value = *number();
        if (!std::ranges::is_sorted(values))
            return std::nullopt;
        return values;
    }
    bool atEnd() const { return m_left == 0; }

private:
    bool take(char* into, std::size_t size)
    {
        if (m_left < size || !m_in.read(into, static_cast<std::streamsize>(size)))
            return false;
        m_left -= size;
        return true;
    }

    std::ifstream m_in;
    std::uint64_t m_left = 0; // bytes not read yet
};

// SEEN as written: what differs from CURRENT, and what it lacks (ascending).
std::pair<FingerprintTable, std::vector<std::uint64_t>> differences(const FingerprintTable& seen,
                                                                    const FingerprintTable& current)
{
    FingerprintTable differing;
    std::set_difference(seen.begin(), seen.end(), current.begin(), current.end(),
                        std::back_inserter(differing));
    std::vector<std::uint64_t> unseen;
    for (const auto& entry : current) {
        if (!std::ranges::binary_search(seen, entry.id, {}, &Fingerprint::id))
            unseen.push_back(entry.id);
    }
    return {differing, unseen};
}

FingerprintTable patched(const FingerprintTable& current, const FingerprintTable& differing,
                         const std::vector<std::uint64_t>& unseen)
{
    if (differing.empty() && unseen.empty())
        return current;
    FingerprintTable seen;
    for (const auto& entry : current) {
        if (!std::ranges::binary_search(differing, entry.id, {}, &Fingerprint::id) &&
            !std::ranges::binary_search(unseen, entry.id))
            seen.push_back(entry);
    }
    FingerprintTable merged;
    std::merge(seen.begin(), seen.end(), differing.begin(), differing.end(),
               std::back_inserter(merged));
    return merged;
}

constexpr std::array kTables{&Fingerprints::meetings, &Fingerprints::officials,
                             &Fingerprints::measures};

} // namespace

SeenRecords::Stamp stampOf(const fs::path& database)
{
    const auto modified = fs::last_write_time(database).time_since_epoch();
    return {fs::file_size(database),
            std::chrono::duration_cast<std::chrono::nanoseconds>(modified).count()};
}

std::optional<SeenRecords> readSeenRecords(const fs::path& file)
{
    Reader reader(file);
    if (reader.number() != kMagic || reader.number() != kVersion)
        return std::nullopt;
    SeenRecords records;
    const auto size = reader.number();
    const auto modified = reader.number();
    if (!size || !modified)
        return std::nullopt;
    records.stamp = {*size, static_cast<std::int64_t>(*modified)};
    for (const auto table : kTables) {
        auto current = reader.table();
        if (!current)
            return std::nullopt;
        records.current.*table = std::move(*current);
    }
    std::array<std::pair<FingerprintTable, std::vector<std::uint64_t>>, kTables.size()> apart;
    for (std::size_t at = 0; at < kTables.size(); ++at) {
        auto differing = reader.table();
        auto unseen = differing ? reader.ids() : std::nullopt;
        if (!unseen)
            return std::nullopt;
        apart[at] = {std::move(*differing), std::move(*unseen)};
    }
    // Usually nothing is: then what was seen is what there is, held once.
    if (std::ranges::any_of(apart, [](const auto& table) {
            return !table.first.empty() || !table.second.empty();
        })) {
        Fingerprints seen;
        for (std::size_t at = 0; at < kTables.size(); ++at)
            seen.*kTables[at] =
                patched(records.current.*kTables[at], apart[at].first, apart[at].second);
        records.seenApart = std::move(seen);
    }
    if (!reader.atEnd())
        return std::nullopt;
    return records;
}

void writeSeenRecords(const fs::path& file, const SeenRecords& records)
{
    Writer writer;
    writer.number(kMagic);
    writer.number(kVersion);
    writer.number(records.stamp.size);
    writer.number(static_cast<std::uint64_t>(records.stamp.modified));
    for (const auto table : kTables)
        writer.table(records.current.*table);
    for (const auto table : kTables) {
        const auto [differing, unseen] = differences(records.seen().*table, records.current.*table);
        writer.table(differing);
        writer.number(unseen.size());
        for (const auto id : unseen)
            writer.number(id);
    }
    fs::create_directories(file.parent_path());
    fs::path partial = file;
    partial += ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(writer.bytes().data(), static_cast<std::streamsize>(writer.bytes().size()));
        out.close();
        if (!out)
            throw fs::filesystem_error("cannot write", partial,
                                       std::make_error_code(std::errc::io_error));
    }
    fs::rename(partial, file);
}

void SeenRecords::follow(const Store& store, const TouchedRecords& touched)
{
    stamp = stampOf(store.file());
    seenToChange(); // what was seen stays as it was
    refingerprint(current, store, touched);
}

SeenRecords seenRecordsNow(std::optional<SeenRecords> remembered, const Store& store,
                           const LoadProgress* progress)
{
    const auto stamp = stampOf(store.file());
    if (remembered && remembered->stamp == stamp)
        return std::move(*remembered);
    SeenRecords now{stamp, fingerprintsOf(store, progress), {}};
    if (remembered)
        now.seenApart = std::move(remembered->seenToChange());
    return now;
}

} // namespace parley
