#pragma once

#include "db/model/NameIndex.h"
#include "db/model/Records.h"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace parley {

class Store;

// The meetings spreadsheet: id, title, start, end, precision, location, host,
// kind, participants, topics, summary, source_url, in this order on export.
std::span<const std::string_view> meetingCsvColumns();

// The meetings as CSV (db/CsvTable.h): the header, then a row per meeting.
// participants and topics are ";"-separated ids; source_url is the URL of the
// first of the meeting's sources that has one, or empty. Three more columns
// follow for people: host_name, participant_names and topic_names (the
// names of the same, ";"-separated, the id itself when NAMES lacks one).
std::string writeMeetingsCsv(const std::vector<Meeting>& meetings, const NameIndex& names);

// What a meetings CSV adds to the store, for Store::import: its meetings and
// the sources their URLs need. The header names the twelve columns once each,
// in any order; the name columns of export may be there too and are passed
// over (the ids decide). In a row, end, precision, location, participants, topics,
// summary and source_url may be empty (end then equals start; precision is
// day). Dates are YYYY-MM-DD written as the precision says, end not before
// start, kind a meeting kind, ids unique in the file; host, participants and
// topics must exist in the store (a CSV carries only meetings). A row whose
// id the store holds replaces that meeting but keeps its measures, sources
// and the roles of participants it still lists, which CSV does not carry. A
// source_url (http or https) adds the store's source with that URL, or else a
// new source "web-<host>-<hash>" (publisher the host, title the URL, published
// the earliest start of the meetings citing it, as a CSV gives no date).
// Throws DataError `where: row R, column "C": …` at the first problem.
Dataset parseMeetingsCsv(std::string_view text, const std::string& where, const Store& store);
Dataset readMeetingsCsvFile(const std::filesystem::path& file, const Store& store);

// The id a new source for this URL gets: "web-" + slug of its host + "-" + 8
// hex digits of the URL's FNV-1a hash, the same on every machine.
std::string sourceIdForUrl(std::string_view url);

} // namespace parley
