#include "db/exchange/MeetingCsv.h"

#include "db/exchange/CsvTable.h"
#include "db/exchange/MeetingCsvColumns.h"

namespace parley {

using namespace meeting_csv;

namespace {

std::string joinNames(const std::vector<std::string>& ids,
                      const std::map<std::string, std::string>& names)
{
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ";") + NameIndex::nameOf(names, id);
    return text;
}

std::string joinIds(const std::vector<std::string>& ids)
{
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ";") + id;
    return text;
}

} // namespace

std::span<const std::string_view> meetingCsvColumns() { return kColumns; }

std::string writeMeetingsCsv(const std::vector<Meeting>& meetings, const NameIndex& names)
{
    CsvFields header(kColumns.begin(), kColumns.end());
    header.insert(header.end(), kNameColumns.begin(), kNameColumns.end());
    std::vector<CsvFields> rows{std::move(header)};
    for (const auto& m : meetings) {
        std::string url;
        for (const auto& id : m.sources) {
            const auto source = names.sources.find(id);
            if (source != names.sources.end() && source->second.url) {
                url = *source->second.url;
                break;
            }
        }
        rows.push_back(
            {m.id, m.title, toIso(m.start), toIso(m.end), std::string(toString(m.precision)),
             m.location.value_or(""), m.host, m.kind, joinIds(m.participants), joinIds(m.topics),
             m.summary.value_or(""), url, NameIndex::nameOf(names.countries, m.host),
             joinNames(m.participants, names.officials), joinNames(m.topics, names.topics)});
    }
    return writeCsvTable(rows);
}

} // namespace parley
