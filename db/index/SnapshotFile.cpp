#include "db/index/SnapshotFile.h"

#include <array>
#include <cstring>

namespace parley {

namespace {

constexpr std::array<char, 8> kMagic{'P', 'R', 'L', 'Y', 'S', 'N', 'A', 'P'};

std::uint64_t rotateLeft(std::uint64_t value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

void SnapshotChecksum::mix(std::uint64_t word)
{
    m_state = rotateLeft(m_state ^ word, 29) * 0x9E3779B97F4A7C15ULL;
}

void SnapshotChecksum::add(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    m_bytes += size;
    while (size > 0 && m_tailSize > 0 && m_tailSize < 8) {
        m_tail[m_tailSize++] = *bytes++;
        --size;
        if (m_tailSize == 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, m_tail, 8);
            mix(word);
            m_tailSize = 0;
        }
    }
    for (; size >= 8; bytes += 8, size -= 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes, 8);
        mix(word);
    }
    // An empty section (no roles) may come with no storage at all: memcpy
    // must not be given its null pointer, even for no bytes.
    if (size > 0)
        std::memcpy(m_tail + m_tailSize, bytes, size);
    m_tailSize += size;
}

std::uint64_t SnapshotChecksum::value() const
{
    SnapshotChecksum last = *this;
    std::uint64_t tail = 0;
    std::memcpy(&tail, m_tail, m_tailSize);
    last.mix(tail ^ (m_bytes << 3));
    return last.m_state ^ (last.m_state >> 31);
}

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

void SnapshotWriter::section(const void* data, std::size_t size)
{
    const std::uint64_t count = size;
    write(&count, sizeof count);
    write(data, size);
    m_checksum.add(&count, sizeof count);
    m_checksum.add(data, size);
    m_payload += sizeof count + size;
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

SnapshotReader::SnapshotReader(const std::filesystem::path& file, const std::string& stamp)
    : m_file(file)
    , m_in(std::fopen(file.c_str(), "rb"))
{
    if (!m_in)
        refuse("no such file");
    std::array<char, 8> magic{};
    std::uint32_t version = 0;
    std::uint32_t stampSize = 0;
    if (std::fread(magic.data(), 1, magic.size(), m_in) != magic.size() || magic != kMagic)
        refuse("not a snapshot of Parley's");
    if (std::fread(&version, sizeof version, 1, m_in) != 1 || version != kFormatVersion)
        refuse("made by another version of Parley");
    if (std::fread(&stampSize, sizeof stampSize, 1, m_in) != 1 || stampSize != stamp.size())
        refuse("of another state of the database");
    std::string written(stampSize, '\0');
    if (std::fread(written.data(), 1, stampSize, m_in) != stampSize || written != stamp)
        refuse("of another state of the database");
    std::array<std::uint64_t, 2> totals{};
    if (std::fread(totals.data(), sizeof totals, 1, m_in) != 1)
        refuse("truncated");
    m_left = totals[0];
    m_expected = totals[1];
    const auto at = static_cast<std::uint64_t>(std::ftell(m_in));
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || size != at + m_left)
        refuse("truncated or extended");
}

SnapshotReader::~SnapshotReader()
{
    if (m_in)
        std::fclose(m_in);
}

void SnapshotReader::refuse(const std::string& why) const
{
    throw SnapshotRefused(m_file.string() + ": " + why);
}

void SnapshotReader::read(void* data, std::uint64_t size)
{
    if (size > m_left)
        refuse("a section longer than the file");
    if (size > 0 && std::fread(data, 1, size, m_in) != size)
        refuse("truncated");
    m_left -= size;
    m_checksum.add(data, size);
}

std::uint64_t SnapshotReader::sectionSize()
{
    std::uint64_t size = 0;
    read(&size, sizeof size);
    if (size > m_left)
        refuse("a section longer than the file");
    return size;
}

std::string SnapshotReader::text()
{
    std::string text(sectionSize(), '\0');
    read(text.data(), text.size());
    return text;
}

std::vector<std::string> SnapshotReader::strings()
{
    const auto ends = vector<std::uint32_t>();
    const auto joined = text();
    std::vector<std::string> texts;
    texts.reserve(ends.size());
    std::uint32_t start = 0;
    for (const auto end : ends) {
        if (end < start || end > joined.size())
            refuse("texts that do not fit together");
        texts.emplace_back(joined, start, end - start);
        start = end;
    }
    return texts;
}

void SnapshotReader::finish()
{
    if (m_left != 0)
        refuse("more data than was read");
    if (m_checksum.value() != m_expected)
        refuse("damaged (its checksum does not match)");
}

} // namespace parley
