#pragma once

// A file that keeps what a view built from a database (the meetings'
// columns), so that the next start maps it into memory instead of building
// it again from a million rows. It is versioned, checksummed and stamped
// with the state of the database it was built from (Store::stamp()); a
// reader trusts nothing it has not checked: a missing, foreign, stale,
// truncated or damaged file is refused with the reason, and the caller
// builds afresh.
//
// Layout: "PRLYSNAP", the format version (u32), the stamp (u32 length and
// bytes), zeros up to a multiple of 8 bytes, the payload's length and
// checksum (u64 each; the checksum is XXH3's 64 bits), then the payload: sections of a u64 byte
// count, the bytes and zeros up to a multiple of 8, in the order they were written. Every section
// thus starts 8-byte aligned in the file, so a mapped section is read in place as a column of
// numbers.

#include "db/index/Column.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct XXH3_state_s; // xxhash.h's XXH3_state_t

namespace parley {

// Why a snapshot is not used.
class SnapshotRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A running checksum of bytes, the same however they are split into calls:
// xxHash's XXH3, 64 bits, which sums a snapshot of ten million meetings
// (1.8 GB) in a tenth of a second.
class SnapshotChecksum {
public:
    SnapshotChecksum();
    void add(const void* data, std::size_t size);
    std::uint64_t value() const;

private:
    struct FreeState {
        void operator()(XXH3_state_s* state) const;
    };
    std::unique_ptr<XXH3_state_s, FreeState> m_state;
};

// Writes a snapshot as it goes (no copy of the payload is held), under a
// temporary name that replaces FILE only when everything was written.
class SnapshotWriter {
public:
    SnapshotWriter(std::filesystem::path file, const std::string& stamp);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter&) = delete;
    SnapshotWriter& operator=(const SnapshotWriter&) = delete;

    // A vector or a Column of numbers.
    template <typename Values> void vector(const Values& values)
    {
        using T = std::ranges::range_value_t<Values>;
        static_assert(std::is_trivially_copyable_v<T>);
        section(std::ranges::data(values), std::ranges::size(values) * sizeof(T));
    }
    void text(const std::string& text) { section(text.data(), text.size()); }
    // A section of BYTES bytes written in pieces: FILL is handed a function
    // that takes each piece in turn. Throws std::logic_error when the pieces
    // do not add up to BYTES.
    using Pieces = std::function<void(std::string_view)>;
    void sectionInPieces(std::uint64_t bytes, const std::function<void(const Pieces&)>& fill);
    void strings(const std::vector<std::string>& texts);
    // Completes the file. Throws std::runtime_error when it cannot be written.
    void commit();

private:
    void section(const void* data, std::size_t size);
    // Writes to the payload, which the checksum covers.
    void payload(const void* data, std::size_t size);
    void write(const void* data, std::size_t size);

    std::filesystem::path m_file;
    std::filesystem::path m_partial;
    std::FILE* m_out = nullptr;
    long m_payloadAt = 0;
    std::uint64_t m_payload = 0;
    SnapshotChecksum m_checksum;
};

// Reads a snapshot section by section, each a column over the file mapped
// into memory: nothing is copied, and only the pages a view reads become
// resident. The constructor checks the header, the length against the
// file's size and the checksum of the whole payload before any section is
// handed out; every section is bounded by the payload, and finish() checks
// that nothing is left. Any problem throws SnapshotRefused.
//
// The columns keep the mapping alive. Parley replaces a snapshot by renaming
// a new file over it, which leaves a mapped one as it was.
class SnapshotReader {
public:
    SnapshotReader(const std::filesystem::path& file, const std::string& stamp);
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    template <typename T> Column<T> column()
    {
        static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kAlignment);
        const auto [at, bytes] = section();
        if (bytes % sizeof(T) != 0)
            refuse("a section of the wrong size");
        return Column<T>(m_mapping, {reinterpret_cast<const T*>(at), bytes / sizeof(T)});
    }
    Column<char> text() { return column<char>(); }
    std::vector<std::string> strings();
    // The payload's bytes not read yet: a count read from the file is checked
    // against them before it is allocated.
    std::uint64_t bytesLeft() const { return m_left; }
    [[noreturn]] void refuse(const std::string& why) const;
    void finish() const;

    static constexpr std::uint32_t kFormatVersion = 4; // 3: aligned sections, texts apart; 4: XXH3
    static constexpr std::size_t kAlignment = 8;

private:
    class Mapping;
    struct Section {
        const char* at;
        std::uint64_t bytes;
    };
    Section section();

    std::filesystem::path m_file;
    std::shared_ptr<const Mapping> m_mapping;
    const char* m_next = nullptr; // the next section
    std::uint64_t m_left = 0;     // payload bytes not read yet
};

} // namespace parley
