#include "db/exchange/TimelineJsWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace parley {

using nlohmann::ordered_json;

namespace {

// Text for element content and double-quoted attributes.
std::string escapeHtml(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

// TimelineJS's date object, with only the parts the precision knows.
ordered_json dateParts(Date date, Precision precision)
{
    ordered_json parts{{"year", static_cast<int>(date.year())}};
    if (precision != Precision::Year)
        parts["month"] = static_cast<int>(date.month());
    if (precision == Precision::Day)
        parts["day"] = static_cast<int>(date.day());
    return parts;
}

std::string namesParagraph(const char* label, const std::vector<std::string>& ids,
                           const std::map<std::string, std::string>& names)
{
    if (ids.empty())
        return {};
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ", ") + escapeHtml(NameIndex::nameOf(names, id));
    return "<p><b>" + std::string(label) + ":</b> " + text + "</p>";
}

std::string sourceHtml(const std::string& id, const NameIndex& names)
{
    const auto found = names.sources.find(id);
    if (found == names.sources.end())
        return escapeHtml(id);
    const Source& source = found->second;
    std::string text = escapeHtml(source.publisher + ", " + source.title);
    // Only web addresses become links: a "javascript:" URL must not run in the reader's page.
    if (source.url && (source.url->starts_with("https://") || source.url->starts_with("http://")))
        text = "<a href=\"" + escapeHtml(*source.url) + "\">" + text + "</a>";
    return text + " (" + toIso(source.published) + ")";
}

std::string eventHtml(const Meeting& meeting, const NameIndex& names)
{
    std::string html = "<p>";
    if (meeting.location)
        html += escapeHtml(*meeting.location) + ", ";
    html += escapeHtml(NameIndex::nameOf(names.countries, meeting.host)) + " · " +
            escapeHtml(meeting.kind) + "</p>";
    if (meeting.summary)
        html += "<p>" + escapeHtml(*meeting.summary) + "</p>";
    html += namesParagraph("Participants", meeting.participants, names.officials);
    html += namesParagraph("Topics", meeting.topics, names.topics);
    std::string sources;
    for (const auto& id : meeting.sources)
        sources += (sources.empty() ? "" : "; ") + sourceHtml(id, names);
    if (!sources.empty())
        html += "<p><b>Sources:</b> " + sources + "</p>";
    return html;
}

ordered_json titleSlide(const std::vector<Meeting>& meetings)
{
    std::string text;
    if (!meetings.empty()) {
        const auto first = std::ranges::min(meetings, {}, &Meeting::start).start;
        const auto last =
            std::ranges::max(meetings, {}, [](const Meeting& m) { return m.period().last(); })
                .period()
                .last();
        text = "<p>" + toIso(first) + " to " + toIso(last) + "</p>";
    }
    return {{"text",
             {{"headline", "Parley: " + std::to_string(meetings.size()) +
                               (meetings.size() == 1 ? " meeting" : " meetings")},
              {"text", text}}}};
}

} // namespace

std::string writeTimelineJs(const std::vector<Meeting>& meetings, const NameIndex& names)
{
    ordered_json events = ordered_json::array();
    for (const auto& meeting : meetings) {
        ordered_json event;
        event["start_date"] = dateParts(meeting.start, meeting.precision);
        if (meeting.end != meeting.start)
            event["end_date"] = dateParts(meeting.end, meeting.precision);
        event["text"] = {{"headline", escapeHtml(meeting.title)},
                         {"text", eventHtml(meeting, names)}};
        event["group"] = escapeHtml(NameIndex::nameOf(names.countries, meeting.host));
        event["unique_id"] = meeting.id;
        events.push_back(std::move(event));
    }
    const ordered_json document{{"title", titleSlide(meetings)}, {"events", std::move(events)}};
    return document.dump(2) + "\n";
}

} // namespace parley
