#include "db/interchange/DatasetJson.h"

#include "db/interchange/DatasetReader.h"
#include "db/interchange/DatasetWriter.h"

#include <nlohmann/json.hpp>

#include <sstream>

namespace parley {

using nlohmann::ordered_json;

namespace {

ordered_json nullable(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

} // namespace

Dataset parseDataset(std::string_view text, const std::string& where)
{
    return readDataset(text, where);
}

Dataset readDatasetFile(const std::filesystem::path& file)
{
    auto in = openDocument(file);
    return readDataset(in, file.string());
}

ordered_json toJson(const Source& source)
{
    return {{"id", source.id},
            {"publisher", source.publisher},
            {"title", source.title},
            {"published", toIso(source.published)},
            {"url", nullable(source.url)}};
}

ordered_json toJson(const Country& country)
{
    return {{"code", country.code}, {"name", country.name}};
}

ordered_json toJson(const Topic& topic)
{
    return {{"id", topic.id}, {"name", topic.name}, {"parent", nullable(topic.parent)}};
}

ordered_json toJson(const Official& official)
{
    ordered_json positions = ordered_json::array();
    for (const auto& position : official.positions)
        positions.push_back(
            {{"title", position.title},
             {"organization", position.organization},
             {"start", toIso(position.start)},
             {"end", position.end ? ordered_json(toIso(*position.end)) : ordered_json(nullptr)}});
    return {{"id", official.id},           {"name", official.name},
            {"country", official.country}, {"native_name", nullable(official.nativeName)},
            {"aliases", official.aliases}, {"positions", positions}};
}

ordered_json toJson(const Meeting& meeting)
{
    ordered_json record = {{"id", meeting.id},
                           {"title", meeting.title},
                           {"start", toIso(meeting.start)},
                           {"end", toIso(meeting.end)},
                           {"precision", toString(meeting.precision)},
                           {"location", nullable(meeting.location)},
                           {"host", meeting.host},
                           {"kind", meeting.kind},
                           {"participants", meeting.participants}};
    // Written only when there are roles, so documents without any read and
    // write exactly as before the key existed.
    if (!meeting.roles.empty()) {
        auto& roles = record["roles"] = ordered_json::object();
        for (const auto& role : meeting.roles)
            roles[role.official] = role.title;
    }
    record["topics"] = meeting.topics;
    record["measures"] = meeting.measures;
    record["summary"] = nullable(meeting.summary);
    record["sources"] = meeting.sources;
    return record;
}

ordered_json toJson(const Measure& measure)
{
    return {{"id", measure.id},
            {"title", measure.title},
            {"kind", measure.kind},
            {"imposed_by", measure.imposedBy},
            {"targets", measure.targets},
            {"target_entity", nullable(measure.targetEntity)},
            {"announced", toIso(measure.announced)},
            {"precision", toString(measure.precision)},
            {"topics", measure.topics},
            {"summary", nullable(measure.summary)},
            {"sources", measure.sources}};
}

ordered_json toJson(const Engagement& engagement)
{
    ordered_json positions = ordered_json::array();
    for (const auto& position : engagement.positions)
        positions.push_back({{"title", position.title}, {"organization", position.organization}});
    return {{"meeting", engagement.meeting},    {"title", engagement.title},
            {"start", toIso(engagement.start)}, {"end", toIso(engagement.end)},
            {"positions", positions},           {"with", engagement.with}};
}

std::string writeDataset(const Dataset& dataset)
{
    std::ostringstream out;
    DatasetWriter writer(out, Dataset{dataset.sources,
                                      dataset.countries,
                                      dataset.topics,
                                      dataset.officials,
                                      {},
                                      dataset.measures});
    for (const auto& meeting : dataset.meetings)
        writer.write(meeting);
    writer.finish();
    return std::move(out).str();
}

} // namespace parley
