#include "db/interchange/DatasetJson.h"

#include "db/interchange/DatasetReader.h"

#include <nlohmann/json.hpp>

namespace parley {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

ordered_json nullable(const std::optional<std::string>& value)
{
    return value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json toJson(const Position& position)
{
    return {{"title", position.title},
            {"organization", position.organization},
            {"start", toIso(position.start)},
            {"end", position.end ? ordered_json(toIso(*position.end)) : ordered_json(nullptr)}};
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
    ordered_json document;
    document["format"] = "parley/1";
    auto& sources = document["sources"] = ordered_json::array();
    for (const auto& source : dataset.sources)
        sources.push_back({{"id", source.id},
                           {"publisher", source.publisher},
                           {"title", source.title},
                           {"published", toIso(source.published)},
                           {"url", nullable(source.url)}});
    auto& countries = document["countries"] = ordered_json::array();
    for (const auto& country : dataset.countries)
        countries.push_back({{"code", country.code}, {"name", country.name}});
    auto& topics = document["topics"] = ordered_json::array();
    for (const auto& topic : dataset.topics)
        topics.push_back(
            {{"id", topic.id}, {"name", topic.name}, {"parent", nullable(topic.parent)}});
    auto& officials = document["officials"] = ordered_json::array();
    for (const auto& official : dataset.officials) {
        ordered_json positions = ordered_json::array();
        for (const auto& position : official.positions)
            positions.push_back(toJson(position));
        officials.push_back({{"id", official.id},
                             {"name", official.name},
                             {"country", official.country},
                             {"native_name", nullable(official.nativeName)},
                             {"aliases", official.aliases},
                             {"positions", positions}});
    }
    auto& meetings = document["meetings"] = ordered_json::array();
    for (const auto& meeting : dataset.meetings)
        meetings.push_back(toJson(meeting));
    auto& measures = document["measures"] = ordered_json::array();
    for (const auto& measure : dataset.measures)
        measures.push_back(toJson(measure));
    return document.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

} // namespace parley
