#include "db/synthetic/SyntheticGenerator.h"

#include "db/model/Vocabulary.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace parley::synthetic {

namespace {

using Link = BulkWriter::Link;

// "Semiconductor export controls" reads "semiconductor export controls" inside a
// sentence; acronyms ("WTO reform", "5G networks") keep their capitals.
void appendInSentence(std::string& out, std::string_view name)
{
    const auto start = out.size();
    out += name;
    if (name.size() > 1 && name[1] >= 'a' && name[1] <= 'z' && name[0] >= 'A' && name[0] <= 'Z')
        out[start] = static_cast<char>(name[0] - 'A' + 'a');
}

// "m-0000042": numbered in date order, so ids sort like the timeline.
void numberedSlug(std::string& out, char prefix, BulkWriter::Key number)
{
    char digits[24];
    std::snprintf(digits, sizeof digits, "%c-%07lld", prefix, static_cast<long long>(number));
    out = digits;
}

std::string_view measurePhrase(std::string_view kind)
{
    if (kind == "sanction")
        return "sanctions";
    if (kind == "export-control")
        return "export controls";
    if (kind == "tariff")
        return "tariffs";
    if (kind == "ban")
        return "import ban";
    if (kind == "entity-list")
        return "entity listing";
    if (kind == "investment-review")
        return "investment review";
    return "restrictions";
}

std::optional<std::string_view> textIf(bool present, const std::string& text)
{
    return present ? std::optional<std::string_view>(text) : std::nullopt;
}

} // namespace

Generator::Generator(const SyntheticOptions& options, BulkWriter& writer)
    : m_options(options)
    , m_writer(writer)
    , m_random(options.seed)
    , m_world(options, writer, m_random)
{
}

void Generator::run()
{
    writeMeasures();
    writeMeetings();
}

void Generator::writeMeasures()
{
    const auto countries = countryEntries();
    const auto count = m_options.measureCount();
    // Day number times four plus the precision, sorted: keys follow the dates.
    std::vector<std::int64_t> planned;
    planned.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        int day = m_world.randomDay();
        const auto roll = m_random.below(100);
        const auto precision = roll < 90   ? Precision::Day
                               : roll < 98 ? Precision::Month
                                           : Precision::Year;
        if (precision == Precision::Month)
            day = firstDayOfMonth(day);
        else if (precision == Precision::Year)
            day = firstDayOfYear(dateOf(day).year());
        planned.push_back(std::int64_t{day} * 4 + static_cast<int>(precision));
    }
    std::ranges::sort(planned);
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const Key key = static_cast<Key>(i) + 1;
        const int day = static_cast<int>(planned[i] / 4);
        const auto precision = static_cast<Precision>(planned[i] % 4);
        m_measureDays.push_back(day);
        const auto imposer = m_world.randomImposer();
        std::vector<std::size_t> targets;
        const std::size_t targetCount = m_random.chance(200) ? 2 : 1;
        while (targets.size() < targetCount) {
            const auto target = m_world.randomCountry();
            if (target != imposer && std::ranges::find(targets, target) == targets.end())
                targets.push_back(target);
        }
        const auto kind = m_random.pick(measureKinds());
        const auto entity =
            m_random.chance(400) ? std::optional(m_random.pick(targetEntities())) : std::nullopt;
        const auto topics = m_world.pickTopics(2);
        m_title.assign(countries[imposer].name).append(" ").append(measurePhrase(kind));
        m_title.append(" on ").append(countries[targets.front()].name);
        if (entity)
            m_title.append(" targeting ").append(*entity);
        const bool summarised = m_random.chance(600);
        if (summarised) {
            m_summary.assign("Announced by ").append(countries[imposer].name).append(" over ");
            appendInSentence(m_summary, m_world.topicName(topics.front()));
            m_summary.append(".");
        }
        numberedSlug(m_slug, 'x', key);
        m_writer.measure({key, m_slug, m_title, kind, World::keyOfCountry(imposer), entity,
                          m_world.iso(day), toString(precision), textIf(summarised, m_summary)});
        for (const auto target : targets)
            m_writer.link(Link::MeasureTarget, key, World::keyOfCountry(target));
        for (const auto topic : topics)
            m_writer.link(Link::MeasureTopic, key, topic);
        m_writer.link(Link::MeasureSource, key, m_world.sourceFor(day));
    }
}

// Half of the meetings happen at a summit (most on its days, some in the days
// around it), the rest on any day. Meetings are numbered in date order, so
// date queries read the table front to back.
void Generator::writeMeetings()
{
    // Day number shifted left, summit number + 1 (or 0) below.
    std::vector<std::uint64_t> planned;
    planned.reserve(static_cast<std::size_t>(m_options.meetings));
    for (std::int64_t i = 0; i < m_options.meetings; ++i) {
        if (m_random.chance(500)) {
            const auto summit = m_world.randomSummit();
            const auto& held = m_world.summit(summit);
            const int day =
                std::clamp(held.day + (m_random.chance(700) ? m_random.between(0, held.days - 1)
                                                            : m_random.between(-5, 5)),
                           kFirstDay, kLastDay);
            planned.push_back(std::uint64_t(day) << 24 | (summit + 1));
        } else {
            planned.push_back(std::uint64_t(m_world.randomDay()) << 24);
        }
    }
    std::ranges::sort(planned);
    for (std::size_t i = 0; i < planned.size(); ++i) {
        const auto summit = planned[i] & 0xFFFFFF;
        writeMeeting(static_cast<Key>(i) + 1, static_cast<int>(planned[i] >> 24),
                     summit ? &m_world.summit(summit - 1) : nullptr);
    }
}

void Generator::writeMeeting(Key key, int day, const World::Summit* summit)
{
    static const std::uint64_t kParticipantCounts[] = {36, 24, 18, 12, 10}; // 2 to 6
    static const std::uint64_t kTwoPartyKinds[] = {60, 20, 20};
    const auto countries = countryEntries();

    const auto count = 2 + WeightedChoice(kParticipantCounts)(m_random);
    std::vector<std::size_t> participants;
    while (participants.size() < count)
        participants.push_back(
            m_world.pickOfficial(day, participants, count == 2 && participants.size() == 1));

    // 5% known only to the month, 10% over several days.
    int start = day;
    int end = day;
    auto precision = Precision::Day;
    const auto roll = m_random.below(1000);
    if (roll < 50) {
        precision = Precision::Month;
        start = end = firstDayOfMonth(day);
    } else if (roll < 150) {
        end = std::min(day + m_random.between(1, 4), kLastDay);
    }

    std::string_view kind;
    if (count > 2)
        kind = summit && m_random.chance(600) ? "summit" : "multilateral";
    else
        kind = std::array<std::string_view, 3>{"bilateral", "call",
                                               "visit"}[WeightedChoice(kTwoPartyKinds)(m_random)];
    if (summit && kind == "call")
        kind = "bilateral";

    const auto& first = m_world.countryOf(participants[0]);
    const auto& second = m_world.countryOf(participants[1]);
    auto host = m_world.official(participants[0]).country;
    std::optional<std::string_view> location = first.city;
    if (summit) {
        host = summit->host;
        location = summit->city;
    } else if (kind == "call") {
        location.reset();
    } else if (kind == "visit") {
        host = m_world.official(participants[1]).country;
        location = second.city;
    } else if (m_random.chance(200)) {
        location = m_random.pick(otherCities());
    }

    const auto topics = m_world.pickTopics(3);
    const auto phrase =
        kind == "call" ? std::string_view("phone call on") : m_random.pick(meetingPhrases());
    if (count > 2) {
        m_title.assign(summit ? countries[summit->bloc].code : std::string_view("Multilateral"));
        m_title.append(" ").append(phrase).append(" ");
        appendInSentence(m_title, m_world.topicName(topics[0]));
    } else {
        m_title.assign(m_world.official(participants[0]).family).append("–");
        m_title.append(m_world.official(participants[1]).family).append(" ").append(phrase);
        appendInSentence(m_title.append(" "), m_world.topicName(topics[0]));
        if (summit)
            m_title.append(" at the ").append(countries[summit->bloc].code).append(" summit");
    }
    const bool summarised = m_random.chance(700);
    if (summarised) {
        m_summary.assign(first.name);
        if (&first != &second)
            m_summary.append(" and ").append(second.name);
        m_summary.append(" ").append(m_random.pick(summaryVerbs())).append(" ");
        appendInSentence(m_summary, m_world.topicName(topics[0]));
        if (topics.size() > 1)
            appendInSentence(m_summary.append(" and "), m_world.topicName(topics[1]));
        m_summary.append(" ").append(m_random.pick(summaryOutcomes()));
    }

    numberedSlug(m_slug, 'm', key);
    m_writer.meeting({key, m_slug, m_title, m_world.iso(start), m_world.iso(end),
                      toString(precision), location, World::keyOfCountry(host), kind,
                      textIf(summarised, m_summary)});
    writeMeetingLinks(key, day, end, std::move(participants), topics);
}

void Generator::writeMeetingLinks(Key key, int day, int end, std::vector<std::size_t> participants,
                                  std::vector<Key> topics)
{
    std::ranges::sort(participants);
    for (const auto official : participants)
        m_writer.link(Link::MeetingParticipant, key, World::keyOfOfficial(official));
    std::ranges::sort(topics);
    for (const auto topic : topics)
        m_writer.link(Link::MeetingTopic, key, topic);
    // Now and then a meeting takes up the measure announced next after it.
    if (!m_measureDays.empty() && m_random.chance(30)) {
        const auto next = std::ranges::lower_bound(m_measureDays, day) - m_measureDays.begin();
        m_writer.link(Link::MeetingMeasure, key,
                      std::min<Key>(next, std::ssize(m_measureDays) - 1) + 1);
    }
    m_writer.link(Link::MeetingSource, key, m_world.sourceFor(end));
}

} // namespace parley::synthetic
