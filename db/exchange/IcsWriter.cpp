#include "db/exchange/IcsWriter.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace parley {

namespace {

constexpr std::size_t kMaxLineOctets = 75;

std::string basicDate(Date date) { return boost::gregorian::to_iso_string(date); }

std::string joinNames(const std::vector<std::string>& ids,
                      const std::map<std::string, std::string>& names)
{
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ", ") + NameIndex::nameOf(names, id);
    return text;
}

// When the meeting's data was last stated: its newest source, else its start.
Date stampOf(const Meeting& meeting, const NameIndex& names)
{
    Date newest = meeting.start;
    bool found = false;
    for (const auto& id : meeting.sources) {
        const auto source = names.sources.find(id);
        if (source != names.sources.end() && (!found || source->second.published > newest)) {
            newest = source->second.published;
            found = true;
        }
    }
    return newest;
}

std::string sourceLine(const std::string& id, const NameIndex& names)
{
    const auto found = names.sources.find(id);
    if (found == names.sources.end())
        return "Source: " + id;
    const Source& source = found->second;
    const bool urlIsNew = source.url && *source.url != source.title;
    return "Source: " + source.publisher + ", \"" + source.title + "\" (" +
           toIso(source.published) + ")" + (urlIsNew ? " " + *source.url : "");
}

std::string description(const Meeting& meeting, const NameIndex& names)
{
    std::string text = meeting.summary ? *meeting.summary + "\n\n" : "";
    text += "When: " + formatPeriod(meeting.start, meeting.end, meeting.precision);
    if (meeting.precision != Precision::Day)
        text += " (known to the " + std::string(toString(meeting.precision)) + ")";
    text += "\nHost: " + NameIndex::nameOf(names.countries, meeting.host);
    text += "\nKind: " + meeting.kind;
    if (!meeting.participants.empty())
        text += "\nParticipants: " + joinNames(meeting.participants, names.officials);
    if (!meeting.topics.empty())
        text += "\nTopics: " + joinNames(meeting.topics, names.topics);
    for (const auto& id : meeting.sources)
        text += "\n" + sourceLine(id, names);
    return text;
}

void writeEvent(std::string& out, const Meeting& meeting, const NameIndex& names)
{
    const Period period = meeting.period();
    out += foldIcsLine("BEGIN:VEVENT");
    out += foldIcsLine("UID:" + meeting.id + "@parley");
    out += foldIcsLine("DTSTAMP:" + basicDate(stampOf(meeting, names)) + "T000000Z");
    out += foldIcsLine("DTSTART;VALUE=DATE:" + basicDate(period.begin()));
    // date_period's end is already the day after the last one: RFC 5545's exclusive DTEND.
    out += foldIcsLine("DTEND;VALUE=DATE:" + basicDate(period.end()));
    out += foldIcsLine("SUMMARY:" + escapeIcsText(meeting.title));
    if (meeting.location)
        out += foldIcsLine("LOCATION:" + escapeIcsText(*meeting.location));
    out += foldIcsLine("DESCRIPTION:" + escapeIcsText(description(meeting, names)));
    if (!meeting.topics.empty()) {
        std::string categories;
        for (const auto& id : meeting.topics)
            categories += (categories.empty() ? "" : ",") +
                          escapeIcsText(NameIndex::nameOf(names.topics, id));
        out += foldIcsLine("CATEGORIES:" + categories);
    }
    out += foldIcsLine("TRANSP:TRANSPARENT");
    out += foldIcsLine("END:VEVENT");
}

} // namespace

std::string escapeIcsText(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            escaped += '\\';
            escaped += c;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            escaped += "\\n";
        } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
            escaped += ' '; // RFC 5545 allows no other control characters in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

std::string foldIcsLine(std::string_view line)
{
    std::string folded;
    // Each continuation line starts with a space, which counts towards its 75 octets.
    for (std::size_t limit = kMaxLineOctets; line.size() > limit; limit = kMaxLineOctets - 1) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        folded.append(line.substr(0, cut));
        folded += "\r\n ";
        line.remove_prefix(cut);
    }
    folded.append(line);
    folded += "\r\n";
    return folded;
}

std::string writeIcs(const std::vector<Meeting>& meetings, const NameIndex& names)
{
    std::string out;
    out += foldIcsLine("BEGIN:VCALENDAR");
    out += foldIcsLine("VERSION:2.0");
    out += foldIcsLine("PRODID:-//Parley//parley-db//EN");
    out += foldIcsLine("CALSCALE:GREGORIAN");
    for (const auto& meeting : meetings)
        writeEvent(out, meeting, names);
    out += foldIcsLine("END:VCALENDAR");
    return out;
}

} // namespace parley
