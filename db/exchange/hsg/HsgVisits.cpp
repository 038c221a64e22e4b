#include "db/exchange/hsg/HsgVisits.h"

#include "db/exchange/hsg/HsgXml.h"

#include <map>

namespace parley::hsg {

namespace {

Visit readVisit(const XmlRecord& visit)
{
    Visit read;
    read.id = visit.slug("id");
    read.visitor = visit.text("visitor");
    read.start = visit.date("start-date");
    read.end = visit.date("end-date");
    if (read.end < read.start)
        visit.fail("end-date", toIso(read.end) + " is before the start " + toIso(read.start));
    read.country = &countryIn(visit, "from@id");
    read.description = visit.optionalText("description");
    read.changed = visit.lastChanged();
    read.where = visit.where();
    return read;
}

} // namespace

std::vector<Visit> readVisits(const std::filesystem::path& visits)
{
    std::vector<Visit> read;
    std::map<std::string, std::string> fileOfId;
    for (const auto& path : xmlFiles(visits / "data")) {
        const XmlFile file(path, "visits");
        std::size_t index = 0;
        for (const auto node : file.root().children("visit")) {
            const XmlRecord record(file, node, index++);
            auto visit = readVisit(record);
            const auto [earlier, isNew] = fileOfId.emplace(visit.id, file.name());
            if (!isNew)
                record.fail("id", inQuotes(visit.id) + " is already the id of a visit in " +
                                      earlier->second);
            read.push_back(std::move(visit));
        }
    }
    return read;
}

} // namespace parley::hsg
