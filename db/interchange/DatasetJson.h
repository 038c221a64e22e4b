#pragma once

#include "db/model/Records.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace parley {

// Reading and writing the interchange format `parley/1`.
//
// Reading checks the document's shape: UTF-8 JSON (a UTF-8 byte-order mark is
// skipped), types, required, unknown and duplicate keys, slugs, dates, kinds,
// texts of at most 64 KiB and nesting at most 16 levels deep. Cross-record rules
// (unique ids, references, end after start, the topic tree) are checked by
// checkDataset(). Every error is a DataError whose message starts with `where`
// and names the array, the id and the field, or the line and column of a JSON
// syntax error. Reading streams: memory holds the records, not the JSON tree.
Dataset parseDataset(std::string_view text, const std::string& where);
Dataset readDatasetFile(const std::filesystem::path& file);

// The document with arrays and their members in the dataset's order (by id,
// as exports give them, so two exports of the same data are byte-identical).
// Ends with a newline. DatasetWriter.h writes one of any size to a stream.
std::string writeDataset(const Dataset& dataset);

// One record as the format writes it (for documents and `--format json`
// listings).
nlohmann::ordered_json toJson(const Source& source);
nlohmann::ordered_json toJson(const Country& country);
nlohmann::ordered_json toJson(const Topic& topic);
nlohmann::ordered_json toJson(const Official& official);
nlohmann::ordered_json toJson(const Meeting& meeting);
nlohmann::ordered_json toJson(const Measure& measure);
nlohmann::ordered_json toJson(const Engagement& engagement);

} // namespace parley
