#pragma once

// Internal to db/: reads a `parley/1` document as a stream of JSON events and
// turns each element of its arrays into a record as soon as it is complete,
// so memory holds the records and never the whole document as a JSON tree
// (which takes several times the size of the file).

#include "db/model/Records.h"

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

namespace parley {

// Deeper nesting is refused before it is built: a parley/1 document nests 5
// levels deep (document, officials, official, positions, position).
inline constexpr std::size_t kMaxJsonDepth = 16;

// Both throw DataError: the message starts with `where`, then names the array,
// the id and the field, or the line and column of a JSON syntax error.
Dataset readDataset(std::istream& in, const std::string& where);
Dataset readDataset(std::string_view text, const std::string& where);

} // namespace parley
