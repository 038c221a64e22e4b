#pragma once

#include <stdexcept>

namespace parley {

// Bad data: a document that breaks `parley/1`, an unknown id, a date that does
// not exist. The message names the file and, where it applies, the array, the
// id and the field.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A database that cannot be used: missing, not SQLite, not Parley's, made by a
// newer Parley, damaged, or locked.
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace parley
