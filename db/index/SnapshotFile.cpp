#include "db/index/SnapshotFile.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <new>

#include <xxhash.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace parley {

namespace {

constexpr std::array<char, 8> kMagic{'P', 'R', 'L', 'Y', 'S', 'N', 'A', 'P'};

} // namespace

void SnapshotChecksum::FreeState::operator()(XXH3_state_t* state) const { XXH3_freeState(state); }

SnapshotChecksum::SnapshotChecksum()
    : m_state(XXH3_createState())
{
    if (!m_state)
        throw std::bad_alloc();
    XXH3_64bits_reset(m_state.get());
}

void SnapshotChecksum::add(const void* data, std::size_t size)
{
    XXH3_64bits_update(m_state.get(), data, size);
}

std::uint64_t SnapshotChecksum::value() const { return XXH3_64bits_digest(m_state.get()); }

namespace {

// Zeros enough to bring SIZE up to a multiple of the sections' alignment.
std::size_t paddingAfter(std::uint64_t size)
{
    return (SnapshotReader::kAlignment - size % SnapshotReader::kAlignment) %
           SnapshotReader::kAlignment;
}

constexpr std::array<char, SnapshotReader::kAlignment> kZeros{};

} // namespace

SnapshotWriter::SnapshotWriter(std::filesystem::path file, const std::string& stamp)
    : m_file(std::move(file))
    , m_partial(m_file.string() + ".partial")
    , m_out(std::fopen(m_partial.c_str(), "wb"))
{
    if (!m_out)
        throw std::runtime_error(m_partial.string() + ": cannot be written");
    const std::uint32_t version = SnapshotReader::kFormatVersion;
    const auto stampSize = static_cast<std::uint32_t>(stamp.size());
    write(kMagic.data(), kMagic.size());
    write(&version, sizeof version);
    write(&stampSize, sizeof stampSize);
    write(stamp.data(), stamp.size());
    write(kZeros.data(), paddingAfter(stamp.size()));
    m_payloadAt = std::ftell(m_out);
    const std::array<std::uint64_t, 2> placeholder{};
    write(placeholder.data(), sizeof placeholder);
}

SnapshotWriter::~SnapshotWriter()
{
    if (!m_out)
        return;
    std::fclose(m_out);
    std::error_code ignored;
    std::filesystem::remove(m_partial, ignored);
}

void SnapshotWriter::write(const void* data, std::size_t size)
{
    if (size > 0 && std::fwrite(data, 1, size, m_out) != size)
        throw std::runtime_error(m_partial.string() + ": cannot be written (disk full?)");
}

void SnapshotWriter::payload(const void* data, std::size_t size)
{
    write(data, size);
    m_checksum.add(data, size);
    m_payload += size;
}

void SnapshotWriter::section(const void* data, std::size_t size)
{
    const std::uint64_t count = size;
    payload(&count, sizeof count);
    payload(data, size);
    payload(kZeros.data(), paddingAfter(size));
}

void SnapshotWriter::sectionInPieces(std::uint64_t bytes,
                                     const std::function<void(const Pieces&)>& fill)
{
    payload(&bytes, sizeof bytes);
    // Pieces are gathered into blocks: the checksum and the file take
    // millions of small ones slowly.
    constexpr std::size_t kBlock = std::size_t{1} << 20;
    std::string block;
    block.reserve(kBlock);
    std::uint64_t written = 0;
    const auto flush = [&] {
        payload(block.data(), block.size());
        written += block.size();
        block.clear();
    };
    fill([&](std::string_view piece) {
        block += piece;
        if (block.size() >= kBlock)
            flush();
    });
    flush();
    if (written != bytes)
        throw std::logic_error("a snapshot section of " + std::to_string(bytes) +
                               " bytes was given " + std::to_string(written));
    payload(kZeros.data(), paddingAfter(bytes));
}

void SnapshotWriter::strings(const std::vector<std::string>& texts)
{
    std::string joined;
    std::vector<std::uint32_t> ends;
    ends.reserve(texts.size());
    for (const auto& text : texts) {
        joined += text;
        ends.push_back(static_cast<std::uint32_t>(joined.size()));
    }
    vector(ends);
    this->text(joined);
}

void SnapshotWriter::commit()
{
    const std::array<std::uint64_t, 2> totals{m_payload, m_checksum.value()};
    if (std::fseek(m_out, m_payloadAt, SEEK_SET) != 0)
        throw std::runtime_error(m_partial.string() + ": cannot be written");
    write(totals.data(), sizeof totals);
    const bool closed = std::fclose(m_out) == 0;
    m_out = nullptr;
    std::error_code error;
    if (closed)
        std::filesystem::rename(m_partial, m_file, error);
    if (!closed || error) {
        std::filesystem::remove(m_partial, error);
        throw std::runtime_error(m_file.string() + ": cannot be written");
    }
}

// A whole file mapped read-only into memory, for as long as a column reads it.
class SnapshotReader::Mapping {
public:
    explicit Mapping(const std::filesystem::path& file)
    {
        const int descriptor = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0)
            return;
        struct stat status {};
        m_opened = ::fstat(descriptor, &status) == 0;
        if (m_opened && status.st_size > 0) {
            const auto size = static_cast<std::size_t>(status.st_size);
            void* at = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, descriptor, 0);
            m_opened = at != MAP_FAILED;
            if (m_opened)
                m_bytes = {static_cast<const char*>(at), size};
        }
        ::close(descriptor);
    }
    ~Mapping()
    {
        if (!m_bytes.empty())
            ::munmap(const_cast<char*>(m_bytes.data()), m_bytes.size());
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;

    bool opened() const { return m_opened; }
    std::span<const char> bytes() const { return m_bytes; }

    // Hands pages back to the file: what was only read once to be checked
    // need not stay resident; it is read again from the page cache if used.
    void release(const char* from, std::size_t size) const
    {
        const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
        const auto first = (reinterpret_cast<std::uintptr_t>(from) + page - 1) / page * page;
        const auto last = (reinterpret_cast<std::uintptr_t>(from) + size) / page * page;
        if (last > first)
            ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
    }

private:
    std::span<const char> m_bytes;
    bool m_opened = false; // and mapped, unless empty
};

namespace {

// Reads a value of the header at AT, if the file holds it.
template <typename T> bool readAt(std::span<const char> file, std::size_t at, T& value)
{
    if (at > file.size() || file.size() - at < sizeof(T))
        return false;
    std::memcpy(&value, file.data() + at, sizeof(T));
    return true;
}

} // namespace

SnapshotReader::SnapshotReader(const std::filesystem::path& file, const std::string& stamp)
    : m_file(file)
    , m_mapping(std::make_shared<const Mapping>(file))
{
    if (!m_mapping->opened())
        refuse(std::filesystem::exists(file) ? "cannot be read" : "no such file");
    const auto bytes = m_mapping->bytes();
    std::array<char, 8> magic{};
    std::uint32_t version = 0;
    std::uint32_t stampSize = 0;
    if (!readAt(bytes, 0, magic) || magic != kMagic)
        refuse("not a snapshot of Parley's");
    if (!readAt(bytes, 8, version) || version != kFormatVersion)
        refuse("made by another version of Parley");
    if (!readAt(bytes, 12, stampSize) || stampSize != stamp.size() ||
        bytes.size() - 16 < stampSize || std::string_view(bytes.data() + 16, stampSize) != stamp)
        refuse("of another state of the database");
    const std::size_t totalsAt = 16 + stampSize + paddingAfter(stampSize);
    std::array<std::uint64_t, 2> totals{};
    if (!readAt(bytes, totalsAt, totals))
        refuse("truncated");
    const std::size_t payloadAt = totalsAt + sizeof totals;
    if (bytes.size() - payloadAt != totals[0])
        refuse("truncated or extended");
    m_next = bytes.data() + payloadAt;
    m_left = totals[0];

    SnapshotChecksum checksum;
    // In slices, each handed back once summed, so that checking a file of
    // hundreds of megabytes does not keep them all resident.
    constexpr std::size_t kSlice = 8 << 20;
    for (std::uint64_t done = 0; done < m_left; done += kSlice) {
        const auto size = static_cast<std::size_t>(std::min<std::uint64_t>(kSlice, m_left - done));
        checksum.add(m_next + done, size);
        m_mapping->release(m_next + done, size);
    }
    if (checksum.value() != totals[1])
        refuse("damaged (its checksum does not match)");
}

void SnapshotReader::refuse(const std::string& why) const
{
    throw SnapshotRefused(m_file.string() + ": " + why);
}

SnapshotReader::Section SnapshotReader::section()
{
    std::uint64_t bytes = 0;
    if (m_left < sizeof bytes)
        refuse("a section longer than the file");
    std::memcpy(&bytes, m_next, sizeof bytes);
    m_next += sizeof bytes;
    m_left -= sizeof bytes;
    if (bytes > m_left || m_left - bytes < paddingAfter(bytes))
        refuse("a section longer than the file");
    const Section result{m_next, bytes};
    const std::uint64_t used = bytes + paddingAfter(bytes);
    m_next += used;
    m_left -= used;
    return result;
}

std::vector<std::string> SnapshotReader::strings()
{
    const auto ends = column<std::uint32_t>();
    const auto joined = textOf(text());
    std::vector<std::string> texts;
    texts.reserve(ends.size());
    std::uint32_t start = 0;
    for (const auto end : ends) {
        if (end < start || end > joined.size())
            refuse("texts that do not fit together");
        texts.emplace_back(joined.substr(start, end - start));
        start = end;
    }
    return texts;
}

void SnapshotReader::finish() const
{
    if (m_left != 0)
        refuse("more data than was read");
}

} // namespace parley
