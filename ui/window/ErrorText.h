#pragma once

#include <QString>

#include <string>

namespace parley::ui {

// A message of db/ (DataError, DatabaseError) in the interface's language.
// db/ speaks English and knows no Qt; its messages have a fixed form, "where:
// what is wrong", so the window translates the forms it knows and keeps the
// file, the record and the values as they are. A message of no known form is
// shown as it came.
QString errorText(const std::string& message);

} // namespace parley::ui
