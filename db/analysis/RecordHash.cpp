#include "db/analysis/RecordHash.h"

#include <bit>
#include <optional>
#include <string>
#include <vector>

namespace parley {

namespace {

// Eight bytes at a time, each word mixed in with a multiply and a rotation,
// the whole finished with MurmurHash3's avalanche; little-endian words on
// every machine, so the values travel with the file.
class Hasher {
public:
    void bytes(const void* data, std::size_t size)
    {
        const auto* byte = static_cast<const unsigned char*>(data);
        for (; size >= 8; size -= 8, byte += 8)
            word(load(byte, 8));
        if (size > 0)
            word(load(byte, size) ^ (std::uint64_t{size} << 59));
    }
    void add(std::uint64_t number) { word(number); }
    void add(std::string_view text)
    {
        add(text.size());
        bytes(text.data(), text.size());
    }
    void add(const std::string& text) { add(std::string_view(text)); }
    void add(Date date) { add(static_cast<std::uint64_t>(date.day_number())); }
    void add(Precision precision) { add(static_cast<std::uint64_t>(precision)); }
    template <typename T> void add(const std::optional<T>& value)
    {
        add(std::uint64_t{value.has_value()});
        if (value)
            add(*value);
    }
    template <typename T> void add(const std::vector<T>& values)
    {
        add(values.size());
        for (const auto& value : values)
            add(value);
    }
    void add(const Position& position)
    {
        // Every field: a field added to Position breaks this line, to be hashed too.
        const auto& [title, organization, start, end] = position;
        add(title);
        add(organization);
        add(start);
        add(end);
    }
    void add(const Role& role)
    {
        const auto& [official, title] = role;
        add(official);
        add(title);
    }
    std::uint64_t value() const
    {
        std::uint64_t h = m_value;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        h ^= h >> 33;
        return h;
    }

private:
    static std::uint64_t load(const unsigned char* byte, std::size_t size)
    {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < size; ++i)
            value |= std::uint64_t{byte[i]} << (8 * i);
        return value;
    }
    void word(std::uint64_t value)
    {
        m_value = std::rotl((m_value ^ value) * 0x9e3779b97f4a7c15ULL, 29) + 0x632be59bd9b4e019ULL;
    }

    std::uint64_t m_value = 0xcbf29ce484222325ULL;
};

} // namespace

std::uint64_t idHash(std::string_view id)
{
    Hasher hasher;
    hasher.bytes(id.data(), id.size());
    return hasher.value();
}

// Each binds every field of its record: a field added to the record breaks
// the binding until it is hashed too, so no change can go unnoticed.

std::uint64_t contentHash(const Meeting& meeting)
{
    const auto& [id, title, start, end, precision, location, host, kind, participants, roles,
                 topics, measures, summary, sources] = meeting;
    Hasher h;
    h.add(id);
    h.add(title);
    h.add(start);
    h.add(end);
    h.add(precision);
    h.add(location);
    h.add(host);
    h.add(kind);
    h.add(participants);
    h.add(roles);
    h.add(topics);
    h.add(measures);
    h.add(summary);
    h.add(sources);
    return h.value();
}

std::uint64_t contentHash(const Official& official)
{
    const auto& [id, name, country, nativeName, aliases, positions] = official;
    Hasher h;
    h.add(id);
    h.add(name);
    h.add(country);
    h.add(nativeName);
    h.add(aliases);
    h.add(positions);
    return h.value();
}

std::uint64_t contentHash(const Measure& measure)
{
    const auto& [id, title, kind, imposedBy, targets, targetEntity, announced, precision, topics,
                 summary, sources] = measure;
    Hasher h;
    h.add(id);
    h.add(title);
    h.add(kind);
    h.add(imposedBy);
    h.add(targets);
    h.add(targetEntity);
    h.add(announced);
    h.add(precision);
    h.add(topics);
    h.add(summary);
    h.add(sources);
    return h.value();
}

} // namespace parley
