#pragma once

// A file that keeps what a view built from a database (the meetings'
// columns), so that the next start reads it back instead of building it
// again from a million rows. It is versioned, checksummed and stamped with
// the state of the database it was built from (Store::stamp()); a reader
// trusts nothing it has not checked: a missing, foreign, stale, truncated or
// damaged file is refused with the reason, and the caller builds afresh.
//
// Layout: "PRLYSNAP", the format version (u32), the stamp (u32 length and
// bytes), the payload's length and checksum (u64 each), then the payload:
// sections of a u64 byte count and the bytes, in the order they were written.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace parley {

// Why a snapshot is not used.
class SnapshotRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A running checksum of bytes, the same however they are split into calls.
class SnapshotChecksum {
public:
    void add(const void* data, std::size_t size);
    std::uint64_t value() const;

private:
    void mix(std::uint64_t word);
    std::uint64_t m_state = 0x243F6A8885A308D3ULL;
    std::uint64_t m_bytes = 0;
    unsigned char m_tail[8] = {};
    std::size_t m_tailSize = 0;
};

// Writes a snapshot as it goes (no copy of the payload is held), under a
// temporary name that replaces FILE only when everything was written.
class SnapshotWriter {
public:
    SnapshotWriter(std::filesystem::path file, const std::string& stamp);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter&) = delete;
    SnapshotWriter& operator=(const SnapshotWriter&) = delete;

    template <typename T> void vector(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        section(values.data(), values.size() * sizeof(T));
    }
    void text(const std::string& text) { section(text.data(), text.size()); }
    void strings(const std::vector<std::string>& texts);
    // Completes the file. Throws std::runtime_error when it cannot be written.
    void commit();

private:
    void section(const void* data, std::size_t size);
    void write(const void* data, std::size_t size);

    std::filesystem::path m_file;
    std::filesystem::path m_partial;
    std::FILE* m_out = nullptr;
    long m_payloadAt = 0;
    std::uint64_t m_payload = 0;
    SnapshotChecksum m_checksum;
};

// Reads a snapshot section by section, straight into the vectors it gives.
// Every read is bounded by the payload the header announced, itself checked
// against the file's size; finish() then checks the checksum and that
// nothing is left. Any problem throws SnapshotRefused.
class SnapshotReader {
public:
    SnapshotReader(const std::filesystem::path& file, const std::string& stamp);
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    template <typename T> std::vector<T> vector()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const std::uint64_t bytes = sectionSize();
        if (bytes % sizeof(T) != 0)
            refuse("a section of the wrong size");
        std::vector<T> values(bytes / sizeof(T));
        read(values.data(), bytes);
        return values;
    }
    std::string text();
    std::vector<std::string> strings();
    [[noreturn]] void refuse(const std::string& why) const;
    void finish();

    static constexpr std::uint32_t kFormatVersion = 2; // 2: with meetings' roles

private:
    std::uint64_t sectionSize();
    void read(void* data, std::uint64_t size);

    std::filesystem::path m_file;
    std::FILE* m_in = nullptr;
    std::uint64_t m_left = 0; // payload bytes not read yet
    std::uint64_t m_expected = 0;
    SnapshotChecksum m_checksum;
};

} // namespace parley
