#include "ui/model/BriefMeetings.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <tuple>

namespace parley::ui {

// The columns of some meetings, and each record made from them so far. The
// records' pointers are kept in blocks made when one of theirs is first
// read: a start that shows a few thousand meetings of a million holds a few
// blocks, not a pointer per meeting.
class BriefMeetings::Source {
    static constexpr std::size_t kBlockSize = 4096;
    using Block = std::array<std::atomic<const Meeting*>, kBlockSize>;

public:
    explicit Source(std::shared_ptr<const MeetingColumns> columns)
        : m_columns(std::move(columns))
        , m_blocks(std::make_unique<std::atomic<Block*>[]>(
              (m_columns->index.size() + kBlockSize - 1) / kBlockSize))
    {
    }
    Source(const Source&) = delete;
    Source& operator=(const Source&) = delete;
    ~Source()
    {
        for (std::size_t block = 0; block * kBlockSize < size(); ++block) {
            const Block* records = m_blocks[block].load(std::memory_order_relaxed);
            if (!records)
                continue;
            for (const auto& record : *records)
                delete record.load(std::memory_order_relaxed);
            delete records;
        }
    }

    std::size_t size() const { return m_columns->index.size(); }
    std::string_view id(std::uint32_t at) const { return m_columns->texts.id(at); }
    std::optional<std::uint32_t> find(std::string_view id) const
    {
        const auto at = m_columns->texts.find(id);
        return at ? std::optional(static_cast<std::uint32_t>(*at)) : std::nullopt;
    }
    std::string_view title(std::uint32_t at) const { return m_columns->texts.title(at); }
    Date start(std::uint32_t at) const
    {
        return Date(static_cast<Date::date_int_type>(m_columns->index.firstDay(at)));
    }
    const Meeting* made(std::uint32_t at) const
    {
        const Block* records = m_blocks[at / kBlockSize].load(std::memory_order_acquire);
        return records ? (*records)[at % kBlockSize].load(std::memory_order_acquire) : nullptr;
    }
    Meeting make(std::uint32_t at) const { return briefMeetingOf(*m_columns, at); }

    std::size_t madeCount() const { return m_madeCount.load(std::memory_order_relaxed); }

    const Meeting& record(std::uint32_t at) const
    {
        auto& slot = blockOf(at)[at % kBlockSize];
        const Meeting* record = slot.load(std::memory_order_acquire);
        if (record)
            return *record;
        auto fresh = std::make_unique<const Meeting>(make(at));
        // Another thread may have made it meanwhile: then its record is kept.
        if (slot.compare_exchange_strong(record, fresh.get(), std::memory_order_acq_rel)) {
            m_madeCount.fetch_add(1, std::memory_order_relaxed);
            return *fresh.release();
        }
        return *record;
    }

private:
    Block& blockOf(std::uint32_t at) const
    {
        auto& pointer = m_blocks[at / kBlockSize];
        Block* block = pointer.load(std::memory_order_acquire);
        if (block)
            return *block;
        auto fresh = std::make_unique<Block>(); // every pointer null
        if (pointer.compare_exchange_strong(block, fresh.get(), std::memory_order_acq_rel))
            return *fresh.release();
        return *block;
    }

    std::shared_ptr<const MeetingColumns> m_columns;
    std::unique_ptr<std::atomic<Block*>[]> m_blocks;
    mutable std::atomic<std::size_t> m_madeCount = 0;
};

BriefMeetings::BriefMeetings(std::shared_ptr<const MeetingColumns> columns)
{
    m_sources.push_back(std::make_shared<const Source>(std::move(columns)));
    m_size = m_sources.front()->size();
}

std::vector<BriefMeetings::Place> BriefMeetings::places() const
{
    if (!m_order.empty() || m_size == 0)
        return m_order;
    std::vector<Place> places(m_size);
    for (std::uint32_t at = 0; at < places.size(); ++at)
        places[at] = {0, at};
    return places;
}

std::vector<BriefMeetings::Place>
BriefMeetings::addSource(std::shared_ptr<const MeetingColumns> columns)
{
    const auto source = static_cast<std::uint32_t>(m_sources.size());
    m_sources.push_back(std::make_shared<const Source>(std::move(columns)));
    std::vector<Place> places(m_sources.back()->size());
    for (std::uint32_t at = 0; at < places.size(); ++at)
        places[at] = {source, at};
    return places;
}

const Meeting& BriefMeetings::operator[](std::size_t position) const
{
    const Place place = placeAt(position);
    return m_sources[place.source]->record(place.at);
}

std::string_view BriefMeetings::idAt(std::size_t position) const
{
    const Place place = placeAt(position);
    return m_sources[place.source]->id(place.at);
}

std::string_view BriefMeetings::titleAt(std::size_t position) const
{
    const Place place = placeAt(position);
    return m_sources[place.source]->title(place.at);
}

Date BriefMeetings::startAt(std::size_t position) const
{
    const Place place = placeAt(position);
    return m_sources[place.source]->start(place.at);
}

std::size_t BriefMeetings::recordsMade() const
{
    std::size_t made = 0;
    for (const auto& source : m_sources)
        made += source->madeCount();
    return made;
}

void BriefMeetings::forEach(const std::function<void(const Meeting&)>& visit) const
{
    for (std::size_t position = 0; position < m_size; ++position) {
        const Place place = placeAt(position);
        const Source& source = *m_sources[place.source];
        if (const Meeting* made = source.made(place.at))
            visit(*made);
        else
            visit(source.make(place.at));
    }
}

std::size_t BriefMeetings::placeFor(const Meeting& meeting) const
{
    // Date order, as the store gives meetings: by start, then id.
    const auto before = [&](std::size_t position) {
        return std::tuple(startAt(position), idAt(position)) <
               std::tuple(meeting.start, std::string_view(meeting.id));
    };
    return *std::partition_point(boost::counting_iterator<std::size_t>(0),
                                 boost::counting_iterator<std::size_t>(size()), before);
}

std::optional<std::size_t> BriefMeetings::positionOf(const Meeting& meeting) const
{
    const std::size_t at = placeFor(meeting);
    if (at == size() || idAt(at) != meeting.id || startAt(at) != meeting.start)
        return std::nullopt;
    return at;
}

std::optional<std::size_t> BriefMeetings::positionOfId(std::string_view id) const
{
    // Each source finds the id by its sorted ids; an edit may since have
    // taken that meeting out, so the place must still be in the order. Most
    // recent sources first: they hold what edits put in.
    for (std::size_t source = m_sources.size(); source-- > 0;) {
        const auto at = m_sources[source]->find(id);
        if (!at)
            continue;
        const Place wanted{static_cast<std::uint32_t>(source), *at};
        if (*at < m_size && placeAt(*at) == wanted) // no edit moved it
            return *at;
        const auto found = std::ranges::find(m_order, wanted);
        if (found != m_order.end())
            return static_cast<std::size_t>(found - m_order.begin());
    }
    return std::nullopt;
}

BriefMeetings BriefMeetings::spliced(const Splice& splice,
                                     std::shared_ptr<const MeetingColumns> added) const
{
    BriefMeetings result;
    result.m_sources = m_sources;
    const auto addedPlaces = result.addSource(std::move(added));
    result.m_order = splice.applied(places(), std::span<const Place>(addedPlaces));
    result.m_size = result.m_order.size();
    return result;
}

} // namespace parley::ui
