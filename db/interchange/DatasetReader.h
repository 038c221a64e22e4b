#pragma once

// Internal to db/: reads a `parley/1` document as a stream of JSON events and
// turns each element of its arrays into a record as soon as it is complete,
// so memory holds the records and never the whole document as a JSON tree
// (which takes several times the size of the file).

#include "db/model/Records.h"

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace parley {

// Deeper nesting is refused before it is built: a parley/1 document nests 5
// levels deep (document, officials, official, positions, position).
inline constexpr std::size_t kMaxJsonDepth = 16;

// Where the records read go: each meeting to `meeting` when it is set (a
// document may hold more meetings than memory does), the other records, and
// the meetings otherwise, into `others` when it is set. Records that go
// nowhere are read as JSON only, their shape unchecked.
struct DatasetParts {
    Dataset* others = nullptr;
    std::function<void(Meeting&&)> meeting;
};

// All throw DataError: the message starts with `where`, then names the array,
// the id and the field, or the line and column of a JSON syntax error.
void readDataset(std::istream& in, const std::string& where, const DatasetParts& into);
Dataset readDataset(std::istream& in, const std::string& where);
Dataset readDataset(std::string_view text, const std::string& where);

// The document's file opened for reading; throws DataError naming a folder or
// a file that cannot be read.
std::ifstream openDocument(const std::filesystem::path& file);

} // namespace parley
