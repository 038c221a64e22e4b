#include "db/analysis/Channel.h"

#include "db/analysis/ChannelMeetings.h"

namespace parley {

Channel channelOf(Side a, Side b, std::vector<const Meeting*> meetings,
                  const OfficialLookup& officials, Date today)
{
    Channel channel{std::move(a), std::move(b), std::move(meetings), {}, {}};
    channel.stats = channelStats(channel.meetings, today);
    channel.offices = officePairs(channel.a, channel.b, channel.meetings, officials);
    return channel;
}

Channel channelOf(const MeetingIndex& index,
                  const std::function<const Meeting&(std::size_t position)>& recordAt,
                  const OfficialLookup& officials, Side a, Side b, Date today)
{
    std::vector<const Meeting*> meetings;
    for (const auto position : channelMeetings(index, a, b))
        meetings.push_back(&recordAt(position));
    return channelOf(std::move(a), std::move(b), std::move(meetings), officials, today);
}

} // namespace parley
