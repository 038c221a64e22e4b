#include "db/exchange/Citation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace parley {

namespace {

// "Cited for: Title, 2023-05-25 – 2023-05-26, Washington"
std::string noteFor(const Meeting& meeting)
{
    std::string note = "Cited for: " + meeting.title + ", " +
                       formatPeriod(meeting.start, meeting.end, meeting.precision);
    if (meeting.location)
        note += ", " + *meeting.location;
    return note;
}

// The meeting's sources found in SOURCES, in the meeting's order.
std::vector<const Source*> citedSources(const Meeting& meeting, std::span<const Source> sources)
{
    std::vector<const Source*> cited;
    for (const auto& id : meeting.sources) {
        const auto found = std::ranges::find(sources, id, &Source::id);
        if (found != sources.end())
            cited.push_back(&*found);
    }
    return cited;
}

std::string bibtexEscaped(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\textbackslash{}";
            break;
        case '{':
            out += "\\{";
            break;
        case '}':
            out += "\\}";
            break;
        case '~':
            out += "\\textasciitilde{}";
            break;
        case '^':
            out += "\\textasciicircum{}";
            break;
        case '%':
        case '&':
        case '#':
        case '$':
        case '_':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string citationBibtex(const Meeting& meeting, std::span<const Source> sources)
{
    const std::string note = bibtexEscaped(noteFor(meeting));
    std::string out;
    for (const Source* source : citedSources(meeting, sources)) {
        if (!out.empty())
            out += '\n';
        out += (source->url ? "@online{" : "@misc{") + source->id + ",\n";
        out += "  title = {" + bibtexEscaped(source->title) + "},\n";
        out += "  organization = {" + bibtexEscaped(source->publisher) + "},\n";
        out += "  date = {" + toIso(source->published) + "},\n";
        // A web address goes as it is: url fields are read verbatim.
        if (source->url)
            out += "  url = {" + *source->url + "},\n";
        out += "  note = {" + note + "}\n}\n";
    }
    return out;
}

std::string citationCslJson(const Meeting& meeting, std::span<const Source> sources)
{
    const std::string note = noteFor(meeting);
    auto items = nlohmann::ordered_json::array();
    for (const Source* source : citedSources(meeting, sources)) {
        const auto& day = source->published;
        nlohmann::ordered_json item = {
            {"id", source->id},
            {"type", source->url ? "webpage" : "document"},
            {"title", source->title},
            {"publisher", source->publisher},
            {"issued",
             {{"date-parts",
               {{static_cast<int>(day.year()), static_cast<int>(day.month()),
                 static_cast<int>(day.day())}}}}}};
        if (source->url)
            item["URL"] = *source->url;
        item["note"] = note;
        items.push_back(std::move(item));
    }
    return items.dump(2) + "\n";
}

} // namespace parley
